using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

internal static class BudgetMapping
{
    public static LedgerEntryDto ToDto(this LedgerEntry e) => new(
        e.Id,
        e.Sequence,
        SchoolYear.Starting(e.SchoolYearStart).ToString(),
        e.AreaId,
        WireName.Of(e.Kind),
        Money.InCents(e.Amount),
        e.BoardId,
        e.ExternalRef,
        e.Level is { } level ? WireName.Of(level) : null,
        e.TargetId,
        e.Purpose,
        e.Hours,
        e.CorrectsEntryId,
        e.CorrectedKind is { } corrected ? WireName.Of(corrected) : null,
        e.Reason,
        Utc(e.BookedAt),
        e.BookedBy);

    public static AgreementDto ToDto(this Agreement a, AreaBudget budget) => new(
        budget.SchoolYear.ToString(),
        budget.AreaId,
        a.PoolShare,
        new RatesDto(Money.InCents(a.Rates.Sbo), Money.InCents(a.Rates.SoLow), Money.InCents(a.Rates.SoMedium), Money.InCents(a.Rates.SoHigh)),
        a.Baseline?.ToDto(),
        Money.InCents(a.ExpertiseHourRate));

    public static ReferralCountsDto ToDto(this ReferralCounts c) => new(c.Sbo, c.SoLow, c.SoMedium, c.SoHigh);

    public static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
