using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Recalculation;

/// <summary>
/// Asks the background recalculation to recompute an area's freed funds. The request is stored
/// with the change that calls for it (same transaction) and picked up after the commit.
/// </summary>
public interface IRecalculationRequests
{
    Task RequestAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);
}
