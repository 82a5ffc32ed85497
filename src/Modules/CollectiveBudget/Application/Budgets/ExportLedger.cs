using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>The whole ledger in booking order, for the CSV file a treasurer reconciles with.</summary>
public sealed record ExportLedger(string SchoolYear, Guid AreaId) : IQuery<IReadOnlyList<LedgerEntryDto>>;

internal sealed class ExportLedgerValidator : AbstractValidator<ExportLedger>
{
    public ExportLedgerValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class ExportLedgerHandler(BudgetScope scope) : IQueryHandler<ExportLedger, IReadOnlyList<LedgerEntryDto>>
{
    public async ValueTask<IReadOnlyList<LedgerEntryDto>> Handle(ExportLedger query, CancellationToken cancellationToken) =>
        BudgetMapping.LedgerOf(await scope.ReadAsync(query.SchoolYear, query.AreaId, cancellationToken));
}
