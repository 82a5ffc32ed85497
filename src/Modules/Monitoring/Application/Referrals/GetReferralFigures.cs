using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Application.Referrals;

/// <summary>Referrals per area, cluster or school against the year before and the target (the contract's "Monitoring" section).</summary>
/// <param name="GroupBy">Areas when not given.</param>
public sealed record GetReferralFigures(string? SchoolYear, UnitLevel? GroupBy) : IQuery<ReferralFigures>;

public sealed record ReferralFigures(string SchoolYear, [property: WireValues(typeof(UnitLevel))] string GroupBy, decimal? TargetReductionPct, IReadOnlyList<ReferralRow> Rows);

/// <summary>A row; every count is null when <see cref="Suppressed"/>.</summary>
/// <param name="Source">"imported" when the year's count of the row, or of one of its schools, comes from the SWV's import for a year before the platform (docs/adr/0050).</param>
/// <param name="PreviousYearSource">The same for the year before: "imported" when the baseline of the target was imported.</param>
public sealed record ReferralRow(
    Guid Id,
    string Name,
    int? Referrals,
    int? PreviousYearReferrals,
    decimal? ChangePct,
    int? TargetReferrals,
    bool? OnTarget,
    bool Suppressed,
    [property: WireValues(typeof(CountSource))] string Source,
    [property: WireValues(typeof(CountSource))] string PreviousYearSource);

internal sealed class GetReferralFiguresValidator : AbstractValidator<GetReferralFigures>
{
    public GetReferralFiguresValidator() => RuleFor(q => q.SchoolYear).IsSchoolYearWhenGiven();
}

internal sealed class GetReferralFiguresHandler(
    ISchoolMapQueries map, IReferralQueries counts, ITargetQueries targets, ReferralTableCache tables, MonitoringAccess access) : IQueryHandler<GetReferralFigures, ReferralFigures>
{
    public async ValueTask<ReferralFigures> Handle(GetReferralFigures query, CancellationToken cancellationToken)
    {
        var year = access.YearOrCurrent(query.SchoolYear);
        var level = query.GroupBy ?? UnitLevel.Area;
        var kept = await tables.TableAsync(map, counts, year, access.SuppressionThreshold, cancellationToken);
        var (tree, table) = (kept.Tree, kept.Figures);
        var pct = TargetBook.ReductionPct(await TargetBook.SetByAdminAsync(targets, cancellationToken), year);

        var rows = tree.At(level).Select(unit =>
        {
            // Where a count comes from is no count: it is shown whether or not the counts are.
            var (source, previousSource) = (WireName.Of(kept.Source(unit.Id, year)), WireName.Of(kept.Source(unit.Id, year.Previous)));
            var (referrals, before) = (table.Value(unit.Id, 0), table.Value(unit.Id, 1));
            if (referrals is not { } now || before is not { } then)
            {
                return new ReferralRow(unit.Id, unit.Name, null, null, null, null, null, Suppressed: true, source, previousSource);
            }

            var target = ReferralTarget.MaximumReferrals(then, pct);
            return new ReferralRow(
                unit.Id, unit.Name, now, then, ReferralTarget.ChangePct(now, then), (int?)target, ReferralTarget.IsMet(now, target), Suppressed: false, source, previousSource);
        }).ToList();
        return new ReferralFigures(year.ToString(), WireName.Of(level), pct, rows);
    }
}
