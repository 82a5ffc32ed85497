using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.IntegrationEvents;

/// <summary>
/// An area's school year was closed in the collective budget: its figures are final, so the modules
/// whose records feed them (referrals, withdrawals, expertise hours) refuse changes dated in that year
/// for that area. <c>SchoolYear</c> like "2025-2026".
/// </summary>
public sealed record SchoolYearClosedIntegrationEvent(string SchoolYear, Guid AreaId, DateTime ClosedAt) : IntegrationEvent;
