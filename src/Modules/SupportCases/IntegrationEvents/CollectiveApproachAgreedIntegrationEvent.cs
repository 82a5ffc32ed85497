using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>A collective approach was agreed; <c>Level</c> is "school", "cluster" or "area", <c>TargetId</c> that school, cluster or area.</summary>
public sealed record CollectiveApproachAgreedIntegrationEvent(Guid ApproachId, string Name, IReadOnlyList<string> Needs, string Level, Guid TargetId, IReadOnlyList<Guid> SchoolIds, DateOnly StartsOn, DateOnly? EndsOn, int ExpectedChildren) : IntegrationEvent;
