using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>Raised on every change, also when only an entry was appended: the budget's version moves on, so two writers cannot both append.</summary>
public sealed record AreaBudgetChanged(int SchoolYearStart, Guid AreaId) : IDomainEvent;
