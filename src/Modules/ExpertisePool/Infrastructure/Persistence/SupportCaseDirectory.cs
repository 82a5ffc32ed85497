using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;

internal sealed class SupportCaseDirectory(ExpertisePoolDbContext db) : ISupportCaseDirectory
{
    public async Task<KnownSupportCase?> FindAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.SupportCases.AsNoTracking().Where(c => c.CaseId == caseId)
            .Select(c => new KnownSupportCase(c.CaseId, c.SchoolId, c.ClosedOn != null)).SingleOrDefaultAsync(cancellationToken);
}
