using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>This module's record of the school years closed per area (fed by the Collective Budget module's events).</summary>
public interface IClosedSchoolYears
{
    /// <summary>The closed school years of the area the school is in now.</summary>
    Task<ClosedSchoolYears> OfSchoolAsync(Guid schoolId, CancellationToken cancellationToken);
}
