using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public interface ISupportCaseRepository
{
    Task<SupportCase?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(SupportCase supportCase);

    /// <returns>The id of the pupil's open case at the school, or null when it has none.</returns>
    Task<Guid?> FindOpenCaseIdAsync(Guid schoolId, string pupilRef, CancellationToken cancellationToken);
}
