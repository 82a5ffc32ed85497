using System.ComponentModel.DataAnnotations;
using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>Sets (or replaces) the agreement of an area for a school year, keeping who changed it; freed funds and expertise charges are recalculated with it.</summary>
public sealed record SetAgreement(
    string SchoolYear, Guid AreaId, decimal PoolShare, PlacementRates Rates, ReferralCounts? Baseline, decimal ExpertiseHourRate, string? IfMatch = null)
    : ICommand<Versioned<AgreementDto>>;

/// <summary>Euros a year for one placement of each type, at most 2 decimals.</summary>
public sealed record RatesInput(
    [property: Required, Range(0.0, 1_000_000_000.0)] decimal? Sbo,
    [property: Required, Range(0.0, 1_000_000_000.0)] decimal? SoLow,
    [property: Required, Range(0.0, 1_000_000_000.0)] decimal? SoMedium,
    [property: Required, Range(0.0, 1_000_000_000.0)] decimal? SoHigh);

public sealed record BaselineInput(
    [property: Required, Range(0, int.MaxValue)] int? Sbo,
    [property: Required, Range(0, int.MaxValue)] int? SoLow,
    [property: Required, Range(0, int.MaxValue)] int? SoMedium,
    [property: Required, Range(0, int.MaxValue)] int? SoHigh);

internal sealed class SetAgreementValidator : AbstractValidator<SetAgreement>
{
    public SetAgreementValidator()
    {
        RuleFor(c => c.SchoolYear).IsSchoolYear();
        RuleFor(c => c.PoolShare).InclusiveBetween(0m, 1m).WithMessage("A pool share lies between 0 and 1.")
            .Must(s => decimal.Round(s, 4) == s).WithMessage("A pool share has at most 4 decimals.");
        RuleFor(c => c.Rates.Sbo).IsRate();
        RuleFor(c => c.Rates.SoLow).IsRate();
        RuleFor(c => c.Rates.SoMedium).IsRate();
        RuleFor(c => c.Rates.SoHigh).IsRate();
        When(c => c.Baseline is not null, () =>
        {
            RuleFor(c => c.Baseline!.Sbo).GreaterThanOrEqualTo(0).WithMessage("A baseline count is a whole number, zero or more.");
            RuleFor(c => c.Baseline!.SoLow).GreaterThanOrEqualTo(0).WithMessage("A baseline count is a whole number, zero or more.");
            RuleFor(c => c.Baseline!.SoMedium).GreaterThanOrEqualTo(0).WithMessage("A baseline count is a whole number, zero or more.");
            RuleFor(c => c.Baseline!.SoHigh).GreaterThanOrEqualTo(0).WithMessage("A baseline count is a whole number, zero or more.");
        });
        RuleFor(c => c.ExpertiseHourRate).IsRate();
    }
}

internal sealed class SetAgreementHandler(
    BudgetScope scope,
    IAgreementHistory history,
    BudgetAccess access,
    IRecalculationRequests recalculation,
    ICollectiveBudgetUnitOfWork unitOfWork,
    TimeProvider clock)
    : ICommandHandler<SetAgreement, Versioned<AgreementDto>>
{
    public async ValueTask<Versioned<AgreementDto>> Handle(SetAgreement command, CancellationToken cancellationToken) =>
        await unitOfWork.RetryOnConcurrentChangeAsync(() => ApplyAsync(command, cancellationToken), cancellationToken);

    private async Task<Versioned<AgreementDto>> ApplyAsync(SetAgreement command, CancellationToken cancellationToken)
    {
        var (year, _) = await scope.EnterAsync(command.SchoolYear, command.AreaId, cancellationToken);
        var budget = await scope.OpenAsync(year, command.AreaId, command.IfMatch, cancellationToken);
        var agreement = new Agreement(command.PoolShare, command.Rates, command.Baseline, command.ExpertiseHourRate);
        history.Add(budget.Agree(agreement, clock.GetUtcNow().UtcDateTime, access.Actor));
        await recalculation.RequestAsync(year, command.AreaId, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return new(agreement.ToDto(budget), ConcurrencyCheck.VersionOf(budget));
    }
}
