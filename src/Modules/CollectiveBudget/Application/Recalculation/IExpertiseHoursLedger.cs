using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;

/// <summary>
/// Hours the Expertise Pool logged that this module has not charged yet. They wait here until the
/// area's budget has an agreement (an hourly rate) for their school year.
/// </summary>
public interface IExpertiseHoursLedger
{
    Task<IReadOnlyList<UnchargedHours>> ListUnchargedAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);

    void MarkCharged(Guid entryId);
}

/// <summary>One entry of logged hours, charged to the school that asked, or to its cluster.</summary>
public sealed record UnchargedHours(Guid EntryId, TargetLevel Level, Guid TargetId, decimal Hours);
