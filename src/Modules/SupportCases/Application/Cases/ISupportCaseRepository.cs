using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public interface ISupportCaseRepository
{
    Task<SupportCase?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(SupportCase supportCase);

    Task<bool> HasOpenCaseAsync(Guid schoolId, string pupilRef, CancellationToken cancellationToken);
}
