namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;

/// <summary>
/// A module's own copy of where a school stands (board, cluster, area), kept current from the
/// Neighbourhoods module's events; no module reads another module's tables.
/// </summary>
public sealed class SchoolPlacement
{
    private SchoolPlacement()
    {
    }

    public Guid SchoolId { get; private set; }

    public Guid BoardId { get; private set; }

    public Guid ClusterId { get; private set; }

    public Guid AreaId { get; private set; }

    /// <summary>When the fact this placement reflects happened; an older event arriving late does not overwrite it.</summary>
    public DateTime AsOf { get; private set; }

    public static SchoolPlacement Create(Guid schoolId, Guid boardId, Guid clusterId, Guid areaId, DateTime asOf) =>
        new() { SchoolId = schoolId, BoardId = boardId, ClusterId = clusterId, AreaId = areaId, AsOf = asOf };

    public void Apply(Guid boardId, Guid clusterId, Guid areaId, DateTime asOf)
    {
        if (asOf < AsOf)
        {
            return;
        }

        (BoardId, ClusterId, AreaId, AsOf) = (boardId, clusterId, areaId, asOf);
    }
}
