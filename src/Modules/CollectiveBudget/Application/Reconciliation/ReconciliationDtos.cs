namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Reconciliation;

/// <summary>
/// Per board: what it contributed, what was allocated to and spent at its schools, in total and
/// per area; and per area the totals the boards' figures add up to, to the cent.
/// </summary>
public sealed record ReconciliationDto(string SchoolYear, IReadOnlyList<BoardReconciliationDto> Boards, IReadOnlyList<AreaTotalsDto> Areas);

public sealed record BoardReconciliationDto(Guid BoardId, decimal Contributed, decimal Allocated, decimal Spent, IReadOnlyList<BoardAreaDto> Areas);

public sealed record BoardAreaDto(Guid AreaId, decimal Contributed, decimal Allocated, decimal Spent);

public sealed record AreaTotalsDto(Guid AreaId, decimal Contributions, decimal Allocated, decimal Spent);
