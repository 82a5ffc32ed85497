using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>Every change of every agreement, kept with the change it records (same transaction).</summary>
public interface IAgreementHistory
{
    void Add(AgreementRevision revision);

    /// <summary>The changes of one area's agreement for one school year, oldest first.</summary>
    Task<IReadOnlyList<AgreementRevision>> ListAsync(SchoolYear schoolYear, Guid areaId, CancellationToken cancellationToken);
}
