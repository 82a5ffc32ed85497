using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Domain;

public sealed class AreaReconciliationTests
{
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly Guid BoardA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid BoardB = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid ClusterOne = Guid.NewGuid();
    private static readonly Guid ClusterTwo = Guid.NewGuid();
    private static readonly DateTime Now = new(2025, 10, 1, 12, 0, 0, DateTimeKind.Utc);

    // Cluster one: two schools of A, one of B. Cluster two: one school of B.
    private static readonly PlacedSchool[] Schools =
    [
        new(Guid.NewGuid(), BoardA, ClusterOne, Area),
        new(Guid.NewGuid(), BoardA, ClusterOne, Area),
        new(Guid.NewGuid(), BoardB, ClusterOne, Area),
        new(Guid.NewGuid(), BoardB, ClusterTwo, Area),
    ];

    [Fact]
    public void Contributions_go_to_their_board_and_allocations_to_the_boards_of_the_schools_they_are_for()
    {
        var budget = AreaBudget.Open(SchoolYear.Parse("2025-2026"), Area);
        budget.Contribute(Guid.NewGuid(), BoardA, LedgerEntryKind.BoardFunds, 900m, "a", Now, "t");
        budget.Contribute(Guid.NewGuid(), BoardB, LedgerEntryKind.SwvPooled, 300m, "b", Now, "t");
        budget.Allocate(Guid.NewGuid(), TargetLevel.School, Schools[3].SchoolId, "School", 100m, Now, "swv");
        budget.Allocate(Guid.NewGuid(), TargetLevel.Cluster, ClusterOne, "Cluster", 300m, Now, "swv");
        budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "Area", 400m, Now, "swv");

        var shares = AreaReconciliation.Attribute(budget, Schools).ToDictionary(s => s.BoardId);

        Assert.Equal(new BoardShare(BoardA, 900m, 200m + 200m, 0m), shares[BoardA]);
        Assert.Equal(new BoardShare(BoardB, 300m, 100m + 100m + 200m, 0m), shares[BoardB]);
        Assert.Equal(budget.Figures.Allocated, shares.Values.Sum(s => s.Allocated));
        Assert.Equal(budget.Figures.Contributions, shares.Values.Sum(s => s.Contributed));
    }

    [Fact]
    public void A_corrected_allocation_leaves_nothing_with_any_board()
    {
        var budget = AreaBudget.Open(SchoolYear.Parse("2025-2026"), Area);
        budget.Contribute(Guid.NewGuid(), BoardA, LedgerEntryKind.BoardFunds, 1_000m, "a", Now, "t");
        var allocation = budget.Allocate(Guid.NewGuid(), TargetLevel.Area, Area, "Area", 333.33m, Now, "swv");
        budget.Correct(Guid.NewGuid(), allocation, budget, "Wrong year", Now, "swv");

        var shares = AreaReconciliation.Attribute(budget, Schools);

        Assert.All(shares, s => Assert.Equal(0m, s.Allocated));
    }
}
