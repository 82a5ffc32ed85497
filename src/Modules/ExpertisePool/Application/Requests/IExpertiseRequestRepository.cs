using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

public interface IExpertiseRequestRepository
{
    Task<ExpertiseRequest?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(ExpertiseRequest request);
}
