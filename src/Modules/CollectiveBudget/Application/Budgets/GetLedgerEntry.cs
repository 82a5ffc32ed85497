using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

public sealed record GetLedgerEntry(string SchoolYear, Guid AreaId, Guid EntryId) : IQuery<LedgerEntryDto>;

internal sealed class GetLedgerEntryValidator : AbstractValidator<GetLedgerEntry>
{
    public GetLedgerEntryValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class GetLedgerEntryHandler(BudgetScope scope) : IQueryHandler<GetLedgerEntry, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(GetLedgerEntry query, CancellationToken cancellationToken) =>
        BudgetMapping.LedgerOf(await scope.ReadAsync(query.SchoolYear, query.AreaId, cancellationToken)).SingleOrDefault(e => e.Id == query.EntryId)
            ?? throw new NotFoundException("Ledger entry", query.EntryId);
}
