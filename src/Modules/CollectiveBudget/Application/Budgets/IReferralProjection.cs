using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>This module's own count of referrals, fed by the Support Cases module's events: recorded ones and imported history alike.</summary>
public interface IReferralProjection
{
    /// <summary>Referrals decided in the school year at schools now in the area, not withdrawn, plus those imported for it.</summary>
    Task<ReferralCounts> CountAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);

    /// <summary>The same for the school year and the one before it (the formula's baseline), in one read.</summary>
    Task<(ReferralCounts PreviousYear, ReferralCounts Actual)> CountWithPreviousYearAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);

    /// <summary>Whether the school year's referrals come from imported history: an import of the year stands (not every school of it was removed).</summary>
    Task<bool> IsImportedAsync(SchoolYear schoolYear, CancellationToken cancellationToken);
}
