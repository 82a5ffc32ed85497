using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

/// <summary>
/// One school's referrals of a school year before the platform, as the SWV imported them (counts of
/// referrals decided in that year, by kind). An import replaces the year as a whole: every school in it
/// gets one event with its counts, and every school of the replaced import that is no longer in it
/// gets one with <c>Removed</c> true and zero counts. <c>Revision</c> grows with every import of the
/// year, so a receiver keeps the highest it has seen per school and year whatever order events arrive
/// in. <c>SchoolYear</c> like "2024-2025"; <c>Source</c> the SWV's own words for where the counts came from.
/// </summary>
public sealed record ReferralHistoryImportedIntegrationEvent(
    string SchoolYear,
    Guid SchoolId,
    int Revision,
    string Source,
    int Sbo,
    int SoLow,
    int SoMedium,
    int SoHigh,
    bool Removed) : IntegrationEvent;
