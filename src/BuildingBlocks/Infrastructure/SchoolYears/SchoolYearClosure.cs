namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;

/// <summary>A module's own record of an area's school year closed in the collective budget (from its events): records dated in it are refused.</summary>
public sealed class SchoolYearClosure
{
    private SchoolYearClosure()
    {
    }

    public Guid AreaId { get; private set; }

    public int SchoolYearStart { get; private set; }

    public DateTime ClosedAt { get; private set; }

    public static SchoolYearClosure Create(Guid areaId, int schoolYearStart, DateTime closedAt) =>
        new() { AreaId = areaId, SchoolYearStart = schoolYearStart, ClosedAt = closedAt };
}
