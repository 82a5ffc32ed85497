namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

/// <summary>One board's part of an area's budget: what it contributed, what was allocated to and spent at its schools.</summary>
public sealed record BoardShare(Guid BoardId, decimal Contributed, decimal Allocated, decimal Spent);
