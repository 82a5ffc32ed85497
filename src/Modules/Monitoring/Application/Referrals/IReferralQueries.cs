using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Referrals;

namespace GeenKindDeBuurtUit.Monitoring.Application.Referrals;

/// <summary>
/// Referrals as the schools' summary rows add them up (docs/adr/0022), never the facts one by one,
/// with the counts imported for years before the platform added in (docs/adr/0050).
/// </summary>
internal interface IReferralQueries
{
    /// <summary>Referrals that count (decided in the school year, not withdrawn, or imported), per school and year; a school with neither is left out.</summary>
    Task<IReadOnlyDictionary<(Guid School, int Year), SchoolYearReferrals>> PerSchoolAsync(IReadOnlyCollection<SchoolYear> years, CancellationToken cancellationToken);

    /// <summary>The referrals of these schools per school year, added up by the database.</summary>
    Task<IReadOnlyDictionary<int, YearReferrals>> PerYearAsync(IReadOnlyList<Guid> schools, CancellationToken cancellationToken);
}

/// <summary>One school's referrals in a year.</summary>
/// <param name="Imported">Some of them, or a zero, come from an import (the school is in the year's import).</param>
internal readonly record struct SchoolYearReferrals(int Referrals, bool Imported);

/// <summary>Some schools' referrals in a year.</summary>
/// <param name="Imported">At least one of the schools is in the year's import.</param>
internal readonly record struct YearReferrals(ReferralTally Tally, bool Imported);
