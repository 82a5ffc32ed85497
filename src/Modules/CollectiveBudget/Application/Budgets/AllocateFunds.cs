using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;
using GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>Allocates pooled money to a collective approach of the area, one of its clusters or one of its schools.</summary>
public sealed record AllocateFunds(string SchoolYear, Guid AreaId, TargetLevel Level, Guid TargetId, string Purpose, decimal Amount, string? IfMatch = null)
    : ICommand<LedgerEntryDto>;

internal sealed class AllocateFundsValidator : AbstractValidator<AllocateFunds>
{
    public AllocateFundsValidator()
    {
        RuleFor(c => c.SchoolYear).IsSchoolYear();
        RuleFor(c => c.TargetId).NotEmpty().WithMessage("A target (the area, a cluster or a school) is required.");
        RuleFor(c => c.Purpose).NotEmpty().WithMessage("A purpose is required.")
            .MaximumLength(500).WithMessage("A purpose has at most 500 characters.")
            .IdentifiesNoPupil();
        RuleFor(c => c.Amount).IsAmount();
    }
}

internal sealed class AllocateFundsHandler(BudgetScope scope, BudgetAccess access, ICollectiveBudgetUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<AllocateFunds, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(AllocateFunds command, CancellationToken cancellationToken) =>
        await unitOfWork.RetryOnConcurrentChangeAsync(() => ApplyAsync(command, cancellationToken), cancellationToken);

    private async Task<LedgerEntryDto> ApplyAsync(AllocateFunds command, CancellationToken cancellationToken)
    {
        var (year, schools) = await scope.EnterAsync(command.SchoolYear, command.AreaId, cancellationToken);
        var (level, targetId) = (command.Level, command.TargetId);
        if (!IsInArea(level, targetId, command.AreaId, schools))
        {
            throw InvalidRequestException.For("targetId", $"Unknown {WireName.Of(level)} in this area.");
        }

        var budget = await scope.OpenAsync(year, command.AreaId, command.IfMatch, cancellationToken);
        var entry = budget.Allocate(Guid.NewGuid(), level, targetId, command.Purpose.Trim(), command.Amount, clock.GetUtcNow().UtcDateTime, access.Actor);
        var figures = budget.Figures;
        unitOfWork.Publish(new PooledBudgetChangedIntegrationEvent(
            budget.SchoolYear.ToString(), budget.AreaId, Money.InCents(figures.Contributions), Money.InCents(figures.FreedFunds), Money.InCents(figures.Pooled),
            Money.InCents(figures.Allocated), Money.InCents(figures.Spent), Money.InCents(figures.Available)));
        await unitOfWork.CommitAsync(cancellationToken);
        return entry.ToDto();
    }

    private static bool IsInArea(TargetLevel level, Guid targetId, Guid areaId, IEnumerable<PlacedSchool> schools) => level switch
    {
        TargetLevel.Area => targetId == areaId,
        TargetLevel.Cluster => schools.Any(s => s.ClusterId == targetId && s.AreaId == areaId),
        _ => schools.Any(s => s.SchoolId == targetId && s.AreaId == areaId),
    };
}
