using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>An OT referred a pupil to special education. <c>Type</c> "sbo" or "so"; <c>Category</c> null, "low", "medium" or "high"; <c>SchoolYear</c> like "2025-2026".</summary>
public sealed record PupilReferredIntegrationEvent(Guid CaseId, Guid SchoolId, string Type, string? Category, string SchoolYear, DateOnly DecidedOn) : IntegrationEvent, ISupportCaseEvent
{
    Guid? ISupportCaseEvent.SupportCaseId => CaseId;
}
