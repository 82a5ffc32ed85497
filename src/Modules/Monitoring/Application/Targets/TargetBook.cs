using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

/// <summary>A school year's reduction target: the one an admin set, else the programme's default, else none.</summary>
internal static class TargetBook
{
    /// <summary>The version of a year nobody set (see <see cref="Target.Create"/>).</summary>
    private const string Unset = "0";

    public static async Task<IReadOnlyDictionary<int, decimal>> SetByAdminAsync(ITargetQueries targets, CancellationToken cancellationToken) =>
        (await targets.AllAsync(cancellationToken)).ToDictionary(t => t.SchoolYearStart, t => ReferralTarget.Normalise(t.ReductionPct));

    public static decimal? ReductionPct(IReadOnlyDictionary<int, decimal> setByAdmin, SchoolYear year) =>
        setByAdmin.TryGetValue(year.StartYear, out var pct) ? pct : ReferralTarget.DefaultFor(year);

    /// <summary>The target a year has: the one an admin set, else the programme's default (version 0), else none.</summary>
    public static TargetDto? Describe(SchoolYear year, Target? stored) =>
        stored is not null
            ? DescribeSet(year, stored)
            : ReferralTarget.DefaultFor(year) is { } pct
                ? new TargetDto(year.ToString(), pct, IsDefault: true, Unset)
                : null;

    /// <summary>A target the SWV set.</summary>
    public static TargetDto DescribeSet(SchoolYear year, Target stored) =>
        new(year.ToString(), ReferralTarget.Normalise(stored.ReductionPct), IsDefault: false, ConcurrencyCheck.VersionOf(stored));
}
