using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>
/// A board's contribution to the pool. <c>ExternalRef</c> is the board's own booking reference,
/// unique for the board across areas and years: sending the same contribution again books nothing
/// new; another board's references are never compared with it.
/// </summary>
public sealed record BookContribution(string SchoolYear, Guid AreaId, Guid BoardId, ContributionKind Kind, decimal Amount, string ExternalRef, string? IfMatch = null)
    : ICommand<ContributionOutcome>;

/// <param name="Created">False when the same contribution was already booked under this reference.</param>
public sealed record ContributionOutcome(LedgerEntryDto Entry, bool Created);

internal sealed class BookContributionValidator : AbstractValidator<BookContribution>
{
    public BookContributionValidator()
    {
        RuleFor(c => c.SchoolYear).IsSchoolYear();
        RuleFor(c => c.BoardId).NotEmpty().WithMessage("A board is required.");
        RuleFor(c => c.Amount).IsAmount();
        RuleFor(c => c.ExternalRef).NotEmpty().WithMessage("An external reference is required.")
            .MaximumLength(100).WithMessage("An external reference has at most 100 characters.")
            .IdentifiesNoPupil();
    }
}

internal sealed class BookContributionHandler(
    BudgetScope scope,
    IAreaBudgetRepository budgets,
    BudgetAccess access,
    ICollectiveBudgetUnitOfWork unitOfWork,
    TimeProvider clock)
    : ICommandHandler<BookContribution, ContributionOutcome>
{
    public async ValueTask<ContributionOutcome> Handle(BookContribution command, CancellationToken cancellationToken) =>
        await unitOfWork.RetryOnConcurrentChangeAsync(() => ApplyAsync(command, cancellationToken), cancellationToken);

    private async Task<ContributionOutcome> ApplyAsync(BookContribution command, CancellationToken cancellationToken)
    {
        var (year, schools) = await scope.EnterAsync(command.SchoolYear, command.AreaId, cancellationToken);
        var boardId = command.BoardId;
        if (!schools.HasBoardInArea(boardId, command.AreaId))
        {
            throw InvalidRequestException.For("boardId", "Unknown board, or a board without schools in this area.");
        }

        access.EnsureCanBookFor(boardId);
        var budget = await scope.OpenAsync(year, command.AreaId, command.IfMatch, cancellationToken);
        var kind = command.Kind.ToLedger();
        var externalRef = command.ExternalRef;

        // Checked before the closed year: a retry of a contribution booked before closing still gets its answer.
        if (budget.FindContribution(boardId, externalRef) is { } booked)
        {
            return booked.IsContributionLike(kind, command.Amount)
                ? new ContributionOutcome(booked.ToDto(), Created: false)
                : throw new ConflictException($"External reference '{externalRef}' is already booked for this board with another kind or amount.");
        }

        if (await budgets.HasContributionAsync(boardId, externalRef, cancellationToken))
        {
            throw new ConflictException($"External reference '{externalRef}' is already booked for this board in another area or school year.");
        }

        var entry = budget.Contribute(Guid.NewGuid(), boardId, kind, command.Amount, externalRef, clock.GetUtcNow().UtcDateTime, access.Actor);
        var figures = budget.Figures;
        unitOfWork.Publish(new PooledBudgetChangedIntegrationEvent(
            budget.SchoolYear.ToString(), budget.AreaId, Money.InCents(figures.Contributions), Money.InCents(figures.FreedFunds), Money.InCents(figures.Pooled),
            Money.InCents(figures.Allocated), Money.InCents(figures.Spent), Money.InCents(figures.Available)));
        await unitOfWork.CommitAsync(cancellationToken);
        return new ContributionOutcome(entry.ToDto(), Created: true);
    }
}
