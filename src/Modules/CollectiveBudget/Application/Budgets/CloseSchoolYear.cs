using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>
/// Closes an area's school year: freed funds are brought up to date one last time, in the same
/// commit, the referral counts they were computed from are kept with it, and from then on nothing
/// is booked in that year.
/// </summary>
public sealed record CloseSchoolYear(string SchoolYear, Guid AreaId, string? IfMatch = null) : ICommand<ClosureDto>;

internal sealed class CloseSchoolYearValidator : AbstractValidator<CloseSchoolYear>
{
    public CloseSchoolYearValidator() => RuleFor(c => c.SchoolYear).IsSchoolYear();
}

internal sealed class CloseSchoolYearHandler(
    BudgetScope scope,
    FreedFundsRecalculation recalculation,
    IReferralProjection referrals,
    BudgetAccess access,
    ICollectiveBudgetUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<CloseSchoolYear, ClosureDto>
{
    public async ValueTask<ClosureDto> Handle(CloseSchoolYear command, CancellationToken cancellationToken) =>
        await unitOfWork.RetryOnConcurrentChangeAsync(() => ApplyAsync(command, cancellationToken), cancellationToken);

    private async Task<ClosureDto> ApplyAsync(CloseSchoolYear command, CancellationToken cancellationToken)
    {
        var (year, _) = await scope.EnterAsync(command.SchoolYear, command.AreaId, cancellationToken);
        var budget = await scope.OpenAsync(year, command.AreaId, command.IfMatch, cancellationToken);
        var counted = await recalculation.BookAsync(budget, cancellationToken);
        var previousYearImported = await referrals.IsImportedAsync(year.Previous, cancellationToken);
        var closedAt = clock.GetUtcNow().UtcDateTime;
        budget.Close(closedAt, access.Actor, counted.PreviousYear, counted.Actual, previousYearImported);
        unitOfWork.Publish(new SchoolYearClosedIntegrationEvent(budget.SchoolYear.ToString(), budget.AreaId, closedAt));
        await unitOfWork.CommitAsync(cancellationToken);
        return new ClosureDto(budget.SchoolYear.ToString(), budget.AreaId, BudgetMapping.Utc(closedAt), access.Actor);
    }
}
