using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>What an import is checked against: this module's copy of the school map, the closed years and the recorded referrals.</summary>
public interface IHistoryDirectory
{
    /// <summary>The known schools among <paramref name="schoolIds"/>.</summary>
    Task<IReadOnlySet<Guid>> KnownSchoolsAsync(IEnumerable<Guid> schoolIds, CancellationToken cancellationToken);

    /// <summary>The known areas among <paramref name="areaIds"/> (the areas of the schools this module knows).</summary>
    Task<IReadOnlySet<Guid>> KnownAreasAsync(IEnumerable<Guid> areaIds, CancellationToken cancellationToken);

    /// <summary>The school of each known BRIN among <paramref name="brins"/>, compared ignoring case.</summary>
    Task<IReadOnlyDictionary<string, Guid>> SchoolsByBrinAsync(IEnumerable<string> brins, CancellationToken cancellationToken);

    /// <summary>The closed years of each school (by the area it is in now) and of each area: a key this module does not know has only the figures closures.</summary>
    Task<Func<Guid, ClosedSchoolYears>> ClosedYearsAsync(CancellationToken cancellationToken);

    /// <summary>The schools among <paramref name="schoolIds"/> with a referral of <paramref name="year"/> recorded through the platform and not withdrawn.</summary>
    Task<IReadOnlyList<Guid>> SchoolsWithReferralsAsync(SchoolYear year, IEnumerable<Guid> schoolIds, CancellationToken cancellationToken);
}
