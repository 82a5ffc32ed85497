using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Referrals;

namespace GeenKindDeBuurtUit.Monitoring.Application.Referrals;

/// <summary>Referrals as the schools' summary rows add them up (docs/adr/0022), never the facts one by one.</summary>
internal interface IReferralQueries
{
    /// <summary>Referrals that count (decided in the school year, not withdrawn), per school and year; a school without any is left out.</summary>
    Task<IReadOnlyDictionary<(Guid School, int Year), int>> PerSchoolAsync(IReadOnlyCollection<SchoolYear> years, CancellationToken cancellationToken);

    /// <summary>The referrals of these schools per school year, added up by the database.</summary>
    Task<IReadOnlyDictionary<int, ReferralTally>> PerYearAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken);
}
