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
        a.Rates.ToDto(),
        a.Baseline?.ToDto(),
        Money.InCents(a.ExpertiseHourRate));

    public static AgreementRevisionDto ToDto(this AgreementRevision r) => new(
        SchoolYear.Starting(r.SchoolYearStart).ToString(),
        r.AreaId,
        Utc(r.ChangedAt),
        r.ChangedBy,
        r.Before?.ToTermsDto(),
        r.After.ToTermsDto());

    private static AgreementTermsDto ToTermsDto(this Agreement a) =>
        new(a.PoolShare, a.Rates.ToDto(), a.Baseline?.ToDto(), Money.InCents(a.ExpertiseHourRate));

    private static RatesDto ToDto(this PlacementRates r) =>
        new(Money.InCents(r.Sbo), Money.InCents(r.SoLow), Money.InCents(r.SoMedium), Money.InCents(r.SoHigh));

    public static ReferralCountsDto ToDto(this ReferralCounts c) => new(c.Sbo, c.SoLow, c.SoMedium, c.SoHigh);

    /// <summary>The ledger in booking order; empty for a budget nobody booked on yet.</summary>
    public static IReadOnlyList<LedgerEntryDto> LedgerOf(AreaBudget? budget) => budget?.Entries.OrderBy(e => e.Sequence).Select(e => e.ToDto()).ToList() ?? [];

    public static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
