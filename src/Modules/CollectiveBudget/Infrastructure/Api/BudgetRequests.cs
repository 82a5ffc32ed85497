using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;

// The bodies exactly as the contract writes them; school year, area and entry come from the route.
internal sealed record AgreementRequest(decimal? PoolShare, RatesInput? Rates, BaselineInput? Baseline, decimal? ExpertiseHourRate);

internal sealed record ContributionRequest(Guid? BoardId, string? Kind, decimal? Amount, string? ExternalRef);

internal sealed record AllocationRequest(string? Level, Guid? TargetId, string? Purpose, decimal? Amount);

internal sealed record CorrectionRequest(string? Reason);
