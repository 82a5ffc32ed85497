namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

/// <summary>Hours a professional worked on one date for one request; what the collective budget is charged for.</summary>
public sealed class TimeEntry
{
    private TimeEntry()
    {
    }

    internal TimeEntry(Guid id, Guid professionalId, DateOnly on, decimal hours, DateTime loggedAt)
    {
        Id = id;
        ProfessionalId = professionalId;
        On = on;
        Hours = hours;
        LoggedAt = loggedAt;
    }

    public Guid Id { get; private set; }

    public Guid ProfessionalId { get; private set; }

    public DateOnly On { get; private set; }

    public decimal Hours { get; private set; }

    /// <summary>UTC; when the entry was recorded, as opposed to the date worked.</summary>
    public DateTime LoggedAt { get; private set; }
}
