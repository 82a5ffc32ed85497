using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Application.Referrals;

/// <summary>Referrals per area, cluster or school against the year before and the target (the contract's "Monitoring" section).</summary>
public sealed record GetReferralFigures(string? SchoolYear, string? GroupBy) : IQuery<ReferralFigures>;

public sealed record ReferralFigures(string SchoolYear, [property: WireValues(typeof(UnitLevel))] string GroupBy, decimal? TargetReductionPct, IReadOnlyList<ReferralRow> Rows);

/// <summary>A row; every count is null when <see cref="Suppressed"/>.</summary>
public sealed record ReferralRow(
    Guid Id, string Name, int? Referrals, int? PreviousYearReferrals, decimal? ChangePct, int? TargetReferrals, bool? OnTarget, bool Suppressed);

internal sealed class GetReferralFiguresValidator : AbstractValidator<GetReferralFigures>
{
    public GetReferralFiguresValidator()
    {
        RuleFor(q => q.SchoolYear).IsSchoolYearWhenGiven();
        RuleFor(q => q.GroupBy).IsLevelWhenGiven();
    }
}

internal sealed class GetReferralFiguresHandler(MonitoringDbContext db, ReferralTableCache tables, MonitoringAccess access) : IQueryHandler<GetReferralFigures, ReferralFigures>
{
    public async ValueTask<ReferralFigures> Handle(GetReferralFigures query, CancellationToken cancellationToken)
    {
        var year = access.YearOrCurrent(query.SchoolYear);
        var level = MonitoringValidation.LevelOrArea(query.GroupBy);
        var (tree, table) = await tables.TableAsync(db, year, access.SuppressionThreshold, cancellationToken);
        var pct = TargetBook.ReductionPct(await TargetBook.SetByAdminAsync(db, cancellationToken), year);

        var rows = tree.At(level).Select(unit =>
        {
            var (referrals, before) = (table.Value(unit.Id, 0), table.Value(unit.Id, 1));
            if (referrals is not { } now || before is not { } then)
            {
                return new ReferralRow(unit.Id, unit.Name, null, null, null, null, null, Suppressed: true);
            }

            var target = ReferralTarget.MaximumReferrals(then, pct);
            return new ReferralRow(unit.Id, unit.Name, now, then, ReferralTarget.ChangePct(now, then), (int?)target, ReferralTarget.IsMet(now, target), Suppressed: false);
        }).ToList();
        return new ReferralFigures(year.ToString(), WireName.Of(level), pct, rows);
    }
}

/// <summary>Referrals that count (decided in the school year, not withdrawn), per school and year, from the summary rows (docs/adr/0022).</summary>
internal static class ReferralCounts
{
    public static async Task<IReadOnlyDictionary<(Guid School, int Year), int>> PerSchoolAsync(
        MonitoringDbContext db, IReadOnlyCollection<SchoolYear> years, CancellationToken cancellationToken)
    {
        var starts = years.Select(y => y.StartYear).ToList();
        var counted = await db.ReferralSummaries.AsNoTracking()
            .Where(s => starts.Contains(s.SchoolYearStart) && s.Referrals > 0)
            .Select(s => new { s.SchoolId, s.SchoolYearStart, s.Referrals })
            .ToListAsync(cancellationToken);
        return counted.ToDictionary(c => (c.SchoolId, c.SchoolYearStart), c => c.Referrals);
    }

    /// <summary>
    /// One measure per school year, in the order given. Each year is disclosed on its own, so a
    /// year's cells look the same as "referrals" and as next year's "previousYearReferrals": no
    /// known sum joins two years, so suppression decides each year's cells apart, exactly as it
    /// would in a table of that year alone.
    /// </summary>
    public static FigureTable Table(UnitTree tree, IReadOnlyDictionary<(Guid School, int Year), int> counts, IReadOnlyList<SchoolYear> years, int? threshold) =>
        FigureTable.Build(tree, years.Count, (school, measure) => counts.GetValueOrDefault((school, years[measure].StartYear)), [], threshold);
}
