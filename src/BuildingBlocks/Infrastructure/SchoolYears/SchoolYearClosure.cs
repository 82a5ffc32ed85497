namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;

/// <summary>
/// A module's own record that an area's school year was closed in the collective budget, kept from
/// the Collective Budget module's events: records dated in it can then be refused where they are made.
/// </summary>
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
