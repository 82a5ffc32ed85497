using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>
/// Reverses one ledger entry with a reason. In an open year the correction goes into the same
/// ledger; when that year is closed it goes into the next year's ledger of the area.
/// </summary>
public sealed record CorrectEntry(string SchoolYear, Guid AreaId, Guid EntryId, string Reason, string? IfMatch = null) : ICommand<LedgerEntryDto>;

internal sealed class CorrectEntryValidator : AbstractValidator<CorrectEntry>
{
    public CorrectEntryValidator()
    {
        RuleFor(c => c.SchoolYear).IsSchoolYear();
        RuleFor(c => c.Reason).IsReason();
    }
}

internal sealed class CorrectEntryHandler(
    BudgetScope scope,
    IAreaBudgetRepository budgets,
    BudgetAccess access,
    ICollectiveBudgetUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<CorrectEntry, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(CorrectEntry command, CancellationToken cancellationToken) =>
        await unitOfWork.RetryOnConcurrentChangeAsync(() => ApplyAsync(command, cancellationToken), cancellationToken);

    private async Task<LedgerEntryDto> ApplyAsync(CorrectEntry command, CancellationToken cancellationToken)
    {
        var (year, _) = await scope.EnterAsync(command.SchoolYear, command.AreaId, cancellationToken);
        var ledger = await budgets.FindAsync(year, command.AreaId, cancellationToken)
            ?? throw new NotFoundException("Ledger entry", command.EntryId);
        var original = ledger.Entries.SingleOrDefault(e => e.Id == command.EntryId)
            ?? throw new NotFoundException("Ledger entry", command.EntryId);
        ConcurrencyCheck.EnsureMatches(ledger, command.IfMatch, "Budget");

        // A treasurer may take back its own board's contribution; everything else is the SWV's.
        if (!access.SeesAllAreas)
        {
            if (original is not { IsContribution: true, BoardId: { } board })
            {
                throw new ForbiddenException("A treasurer corrects only contributions of its own boards.");
            }

            access.EnsureCanBookFor(board);
        }

        var into = ledger.IsClosed ? await scope.OpenAsync(year.Next, command.AreaId, ifMatch: null, cancellationToken) : ledger;
        var correction = into.Correct(Guid.NewGuid(), original, ledger, command.Reason.Trim(), clock.GetUtcNow().UtcDateTime, access.Actor);
        var figures = into.Figures;
        unitOfWork.Publish(new PooledBudgetChangedIntegrationEvent(
            into.SchoolYear.ToString(), into.AreaId, Money.InCents(figures.Contributions), Money.InCents(figures.FreedFunds), Money.InCents(figures.Pooled),
            Money.InCents(figures.Allocated), Money.InCents(figures.Spent), Money.InCents(figures.Available)));
        await unitOfWork.CommitAsync(cancellationToken);
        return correction.ToDto();
    }
}
