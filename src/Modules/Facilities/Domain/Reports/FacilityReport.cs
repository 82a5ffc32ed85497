namespace GeenKindDeBuurtUit.Facilities.Domain.Reports;

/// <summary>
/// A problem someone signed in reports about a facility. It stays open until the steward confirms or
/// withdraws the facility. <see cref="ReporterSchoolId"/> is the school the report counts for when it
/// came from a <c>school</c> token (docs/adr/0059): only such reports of <c>closed</c> can dispute a facility.
/// </summary>
public sealed class FacilityReport
{
    private FacilityReport()
    {
    }

    internal FacilityReport(Guid id, ReportKind kind, string note, string reporterSub, Guid? reporterSchoolId, DateTime reportedAt)
    {
        Id = id;
        Kind = kind;
        Note = note;
        ReporterSub = reporterSub;
        ReporterSchoolId = reporterSchoolId;
        ReportedAt = reportedAt;
        IsOpen = true;
    }

    public Guid Id { get; private set; }

    public ReportKind Kind { get; private set; }

    public string Note { get; private set; } = string.Empty;

    public string ReporterSub { get; private set; } = string.Empty;

    public Guid? ReporterSchoolId { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime ReportedAt { get; private set; }

    public bool IsOpen { get; private set; }

    /// <summary>Who the report counts as: its school when it has one, else the account that made it.</summary>
    public string Reporter => ReporterSchoolId?.ToString() ?? ReporterSub;

    internal void Close() => IsOpen = false;
}
