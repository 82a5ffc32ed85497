using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>The contract's BudgetSummary, with <c>remaining</c> (<c>available − spent</c>). A closed year shows the referrals as counted at closing.</summary>
public sealed record BudgetSummaryDto(
    string SchoolYear,
    Guid AreaId,
    decimal Contributions,
    decimal FreedFunds,
    decimal Pooled,
    decimal Allocated,
    decimal Spent,
    decimal Available,
    decimal Remaining,
    ReferralFiguresDto Referrals,
    DateTimeOffset? RecalculatedAt);

/// <summary>The formula's baseline, where it came from (the agreement, or the previous year's referrals, recorded or imported), and the year's referrals.</summary>
public sealed record ReferralFiguresDto(ReferralCountsDto Baseline, [property: WireValues(typeof(BaselineSource))] string BaselineSource, ReferralCountsDto Actual);

public sealed record ReferralCountsDto(int Sbo, int SoLow, int SoMedium, int SoHigh);

public sealed record RatesDto(decimal Sbo, decimal SoLow, decimal SoMedium, decimal SoHigh);

public sealed record AgreementDto(string SchoolYear, Guid AreaId, decimal PoolShare, RatesDto Rates, ReferralCountsDto? Baseline, decimal ExpertiseHourRate);

/// <summary>An agreement's terms, as one revision of its history shows them before or after the change.</summary>
public sealed record AgreementTermsDto(decimal PoolShare, RatesDto Rates, ReferralCountsDto? Baseline, decimal ExpertiseHourRate);

/// <summary>One change of an agreement: who, when, and the terms before (null for the first agreement of the year) and after.</summary>
public sealed record AgreementRevisionDto(string SchoolYear, Guid AreaId, DateTimeOffset ChangedAt, string ChangedBy, AgreementTermsDto? Before, AgreementTermsDto After);

/// <summary>One ledger line; fields that do not apply to its kind are null.</summary>
public sealed record LedgerEntryDto(
    Guid Id,
    int Sequence,
    string SchoolYear,
    Guid AreaId,
    [property: WireValues(typeof(LedgerEntryKind))] string Kind,
    decimal Amount,
    Guid? BoardId,
    string? ExternalRef,
    [property: WireValues(typeof(TargetLevel))] string? Level,
    Guid? TargetId,
    string? Purpose,
    decimal? Hours,
    Guid? CorrectsEntryId,
    [property: WireValues(typeof(LedgerEntryKind))] string? CorrectedKind,
    string? Reason,
    DateTimeOffset BookedAt,
    string BookedBy);

public sealed record ClosureDto(string SchoolYear, Guid AreaId, DateTimeOffset ClosedAt, string ClosedBy);
