namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Api;

// The bodies exactly as the contract writes them; ids and If-Match come from the route and headers.
internal sealed record RegisterProfessionalRequest(string? Name, string? Organisation, IReadOnlyList<string?>? Expertise, IReadOnlyList<Guid>? AreaIds, decimal? HoursPerWeek);

internal sealed record DeactivationRequest(DateOnly? On);

internal sealed record MakeExpertiseRequestBody(Guid? SchoolId, Guid? ClusterId, string? Expertise, decimal? Hours, string? Urgency, Guid? SupportCaseId, string? Note);

internal sealed record AssignmentRequest(Guid? ProfessionalId);

internal sealed record HoursRequest(DateOnly? On, decimal? Hours);

internal sealed record CompletionRequest(DateOnly? On);

internal sealed record CancellationRequest(DateOnly? On, string? Reason);
