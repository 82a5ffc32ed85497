using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;

// The bodies exactly as the contract writes them; school year, area and entry come from the route.
// The attributes are the wire shape the OpenAPI document publishes and the API checks before binding
// (docs/adr/0027); the commands' validators keep the rules that need more than the shape. Each body
// becomes its typed command once, after that check: the only place its nullables are taken as present.
internal sealed record AgreementRequest(
    [property: Required, Range(0.0, 1.0), Description("The share of freed funds the SWV adds to the pool, 0 to 1, at most 4 decimals.")] decimal? PoolShare,
    [property: Required] RatesInput? Rates,
    [property: Description("Referrals of the year before as agreed; null: counted from the referrals recorded.")] BaselineInput? Baseline,
    [property: Required, Range(0.0, 1_000_000_000.0), Description("Euros per expertise-pool hour, at most 2 decimals.")] decimal? ExpertiseHourRate)
{
    public static AgreementRequest Example => new(0.5m, new(14_000m, 20_000m, 28_000m, 40_000m), null, 95m);

    public SetAgreement ToCommand(string schoolYear, Guid areaId, string? ifMatch) => new(
        schoolYear,
        areaId,
        PoolShare!.Value,
        new PlacementRates(Rates!.Sbo!.Value, Rates.SoLow!.Value, Rates.SoMedium!.Value, Rates.SoHigh!.Value),
        Baseline is { } b ? new ReferralCounts(b.Sbo!.Value, b.SoLow!.Value, b.SoMedium!.Value, b.SoHigh!.Value) : null,
        ExpertiseHourRate!.Value,
        ifMatch);
}

internal sealed record ContributionRequest(
    [property: Required] Guid? BoardId,
    [property: Required, WireValues(typeof(ContributionKind))] string? Kind,
    [property: Required, Range(0.0, 1_000_000_000.0, MinimumIsExclusive = true), Description("Euros, more than 0, at most 2 decimals.")] decimal? Amount,
    [property: Required, StringLength(100, MinimumLength = 1), Description("The board's own reference: the same reference again books nothing new.")] string? ExternalRef)
{
    public static ContributionRequest Example => new(PilotExamples.Board, "board-funds", 25_000m, "BOARD-A-2026-001");

    public BookContribution ToCommand(string schoolYear, Guid areaId, string? ifMatch) =>
        new(schoolYear, areaId, BoardId!.Value, WireName.Parse<ContributionKind>(Kind!), Amount!.Value, ExternalRef!, ifMatch);
}

internal sealed record AllocationRequest(
    [property: Required, WireValues(typeof(TargetLevel))] string? Level,
    [property: Required, Description("The area, cluster or school the money goes to, as `level` says.")] Guid? TargetId,
    [property: Required, StringLength(500, MinimumLength = 1)] string? Purpose,
    [property: Required, Range(0.0, 1_000_000_000.0, MinimumIsExclusive = true), Description("Euros, more than 0, at most 2 decimals.")] decimal? Amount)
{
    public static AllocationRequest Example => new("cluster", PilotExamples.Cluster, "Start class for young children", 5_000m);

    public AllocateFunds ToCommand(string schoolYear, Guid areaId, string? ifMatch) =>
        new(schoolYear, areaId, WireName.Parse<TargetLevel>(Level!), TargetId!.Value, Purpose!, Amount!.Value, ifMatch);
}

internal sealed record CorrectionRequest([property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static CorrectionRequest Example => new("Booked twice by mistake.");

    public CorrectEntry ToCommand(string schoolYear, Guid areaId, Guid entryId, string? ifMatch) => new(schoolYear, areaId, entryId, Reason!, ifMatch);
}
