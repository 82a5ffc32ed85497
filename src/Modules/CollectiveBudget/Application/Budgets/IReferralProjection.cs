using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>This module's own count of referrals, fed by the Support Cases module's events.</summary>
public interface IReferralProjection
{
    /// <summary>Referrals decided in the school year at schools now in the area, not withdrawn.</summary>
    Task<ReferralCounts> CountAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);

    /// <summary>The same for the school year and the one before it (the formula's baseline), in one read.</summary>
    Task<(ReferralCounts PreviousYear, ReferralCounts Actual)> CountWithPreviousYearAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);
}
