using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

/// <summary>
/// The ledger of an area's collective budget changed (a contribution, allocation, correction or
/// freed-funds adjustment); carries the figures as they now stand. <c>SchoolYear</c> like "2025-2026";
/// amounts in euros with 2 decimals; <c>Pooled = Contributions + FreedFunds</c>, <c>Available = Pooled - Allocated</c>.
/// </summary>
public sealed record PooledBudgetChangedIntegrationEvent(
    string SchoolYear,
    Guid AreaId,
    decimal Contributions,
    decimal FreedFunds,
    decimal Pooled,
    decimal Allocated,
    decimal Spent,
    decimal Available) : IntegrationEvent;
