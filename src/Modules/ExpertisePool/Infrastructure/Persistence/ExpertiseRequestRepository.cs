using GeenKindDeBuurtUit.ExpertisePool.Application.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class ExpertiseRequestRepository(ExpertisePoolDbContext db) : IExpertiseRequestRepository
{
    public Task<ExpertiseRequest?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public void Add(ExpertiseRequest request) => db.Requests.Add(request);
}
