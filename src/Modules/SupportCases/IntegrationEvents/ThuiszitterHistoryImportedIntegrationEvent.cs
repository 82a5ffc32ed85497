using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>
/// One area's thuiszitters of a school year before the platform, as the SWV imported them. Replaces
/// the year as a whole like <see cref="ReferralHistoryImportedIntegrationEvent"/>: an area of the
/// replaced import that is no longer in it gets <c>Removed</c> true and a zero count, and a receiver
/// keeps the highest <c>Revision</c> per area and year. <c>SchoolYear</c> like "2024-2025".
/// </summary>
public sealed record ThuiszitterHistoryImportedIntegrationEvent(
    string SchoolYear,
    Guid AreaId,
    int Revision,
    string Source,
    int Count,
    bool Removed) : IntegrationEvent;
