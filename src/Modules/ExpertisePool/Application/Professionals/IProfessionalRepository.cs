using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

public interface IProfessionalRepository
{
    Task<Professional?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(Professional professional);

    /// <summary>Active professionals with the expertise who work in the area, tracked: the one assigned is changed.</summary>
    Task<IReadOnlyList<Professional>> ListActiveAsync(Expertise expertise, Guid areaId, CancellationToken cancellationToken);

    /// <summary>Every professional's name and organisation, active or not: what an import compares its lines with.</summary>
    Task<IReadOnlyList<ProfessionalName>> ListNamesAsync(CancellationToken cancellationToken);

    Task<(IReadOnlyList<Professional> Items, int Total)> ListAsync(ProfessionalFilter filter, int skip, int take, CancellationToken cancellationToken);
}

public sealed record ProfessionalName(Guid Id, string Name, string Organisation);

public sealed record ProfessionalFilter(Expertise? Expertise, Guid? AreaId, bool? Active);
