using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

/// <summary>
/// A school (<c>SchoolId</c> set) or a cluster (<c>SchoolId</c> null) asked for expertise. <c>ClusterId</c> is the
/// requesting cluster or the school's cluster; <c>Expertise</c> one of the needs' values; <c>Urgency</c> "normal" or "urgent".
/// </summary>
public sealed record ExpertiseRequestMadeIntegrationEvent(
    Guid RequestId, Guid? SchoolId, Guid ClusterId, Guid AreaId, string Expertise, decimal Hours, string Urgency, Guid? SupportCaseId, DateTimeOffset RequestedAt)
    : IntegrationEvent, ISupportCaseEvent;
