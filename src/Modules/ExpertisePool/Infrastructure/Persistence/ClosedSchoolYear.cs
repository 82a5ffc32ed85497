namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure;

/// <summary>An area's school year whose budget is closed, from the Collective Budget module's event.</summary>
internal sealed class ClosedSchoolYear
{
    private ClosedSchoolYear()
    {
    }

    public Guid AreaId { get; private set; }

    public int SchoolYearStart { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime ClosedAt { get; private set; }

    public static ClosedSchoolYear Of(Guid areaId, int schoolYearStart, DateTime closedAt) =>
        new() { AreaId = areaId, SchoolYearStart = schoolYearStart, ClosedAt = closedAt };
}
