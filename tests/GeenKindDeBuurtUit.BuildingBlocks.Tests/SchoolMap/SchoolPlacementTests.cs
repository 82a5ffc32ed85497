using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.SchoolMap;

public sealed class SchoolPlacementTests
{
    private static readonly DateTime Monday = new(2025, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly (Guid Board, Guid Cluster, Guid Area) _first = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
    private readonly (Guid Board, Guid Cluster, Guid Area) _second = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public void A_newer_fact_moves_the_school()
    {
        var placement = SchoolPlacement.Create(Guid.NewGuid(), _first.Board, _first.Cluster, _first.Area, Monday);

        placement.Apply(_second.Board, _second.Cluster, _second.Area, Monday.AddDays(1));

        Assert.Equal((_second.Board, _second.Cluster, _second.Area), (placement.BoardId, placement.ClusterId, placement.AreaId));
        Assert.Equal(Monday.AddDays(1), placement.AsOf);
    }

    [Fact]
    public void An_older_fact_arriving_late_is_ignored()
    {
        var placement = SchoolPlacement.Create(Guid.NewGuid(), _first.Board, _first.Cluster, _first.Area, Monday);

        placement.Apply(_second.Board, _second.Cluster, _second.Area, Monday.AddDays(-1));

        Assert.Equal((_first.Board, _first.Cluster, _first.Area), (placement.BoardId, placement.ClusterId, placement.AreaId));
        Assert.Equal(Monday, placement.AsOf);
    }
}
