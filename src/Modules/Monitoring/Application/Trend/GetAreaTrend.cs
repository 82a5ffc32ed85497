using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Application.Trend;

/// <summary>One area over every school year, for charts: referrals against the target next to thuiszitters and escalations.</summary>
public sealed record GetAreaTrend(Guid? AreaId) : IQuery<AreaTrend>;

public sealed record AreaTrend(Guid AreaId, string Name, IReadOnlyList<TrendYear> Years);

/// <summary>
/// An area's figures in one school year; area figures are never suppressed. <c>withdrawn</c>
/// counts referrals decided that year and withdrawn since; <c>otStayDecisions</c> counts OT
/// decisions that kept a child in the neighbourhood. Referrals include those the SWV imported for
/// a year before the platform (<c>source</c> "imported"); <c>thuiszitters</c> counts the recorded
/// periods and <c>importedThuiszitters</c> the imported count, null for a year not imported (docs/adr/0050).
/// </summary>
public sealed record TrendYear(
    string SchoolYear,
    int Referrals,
    int Sbo,
    int SoLow,
    int SoMedium,
    int SoHigh,
    int Withdrawn,
    decimal? ChangePct,
    decimal? TargetReductionPct,
    int? TargetReferrals,
    bool? OnTarget,
    int Thuiszitters,
    int Escalations,
    int OtMeetings,
    int OtStayDecisions,
    [property: WireValues(typeof(CountSource))] string Source,
    int? ImportedThuiszitters);

internal sealed class GetAreaTrendValidator : AbstractValidator<GetAreaTrend>
{
    public GetAreaTrendValidator() => RuleFor(q => q.AreaId).NotEmpty().WithMessage("Name the area (areaId).");
}

internal sealed class GetAreaTrendHandler(
    IAreaTrendQueries history, IReferralQueries referralCounts, ITargetQueries targetsSet, ISchoolMapQueries map, UnitTreeCache maps, MonitoringAccess access) : IQueryHandler<GetAreaTrend, AreaTrend>
{
    /// <summary>The trend starts no later than the baseline of the first target year (2024-2025 against 2023-2024).</summary>
    private static readonly SchoolYear FirstBaseline = SchoolYear.Starting(2023);

    public async ValueTask<AreaTrend> Handle(GetAreaTrend query, CancellationToken cancellationToken)
    {
        // The validator lets no query without an area through.
        var areaId = query.AreaId.GetValueOrDefault();
        var tree = await maps.TreeAsync(map, cancellationToken);
        var area = tree.Find(areaId) is { Level: UnitLevel.Area } found ? found : throw new NotFoundException("Area", areaId);
        var schools = tree.At(UnitLevel.School).Where(s => tree.Ancestor(s.Id, UnitLevel.Area) == area.Id).Select(s => s.Id).ToList();

        var referrals = await referralCounts.PerYearAsync(schools, cancellationToken);
        var periods = await history.ThuiszitterPeriodsAsync(schools, cancellationToken);
        var escalations = await history.EscalationDaysAsync(schools, cancellationToken);
        var meetings = await history.OtMeetingsAsync(schools, cancellationToken);
        var targets = await TargetBook.SetByAdminAsync(targetsSet, cancellationToken);
        var importedThuiszitters = await history.ImportedThuiszittersAsync(area.Id, cancellationToken);

        var firstData = referrals.Keys
            .Concat(importedThuiszitters.Keys)
            .Concat(periods.Select(p => SchoolYear.Of(p.Since).StartYear))
            .Concat(escalations.Select(on => SchoolYear.Of(on).StartYear))
            .Concat(meetings.Select(m => SchoolYear.Of(m.HeldOn).StartYear))
            .DefaultIfEmpty(FirstBaseline.StartYear).Min();
        var current = SchoolYear.Of(access.Today);
        var first = Math.Min(firstData, FirstBaseline.StartYear);

        var years = Enumerable.Range(first, current.StartYear - first + 1).Select(SchoolYear.Starting).Select(year =>
        {
            var (counted, imported) = referrals.GetValueOrDefault(year.StartYear);
            var previous = referrals.GetValueOrDefault(year.Previous.StartYear).Tally.Referrals;
            var pct = TargetBook.ReductionPct(targets, year);
            var target = ReferralTarget.MaximumReferrals(previous, pct);
            bool During(DateOnly day) => day >= year.FirstDay && day <= year.LastDay;
            return new TrendYear(
                year.ToString(),
                counted.Referrals,
                counted.Sbo,
                counted.SoLow,
                counted.SoMedium,
                counted.SoHigh,
                counted.Withdrawn,
                ReferralTarget.ChangePct(counted.Referrals, previous),
                pct,
                (int?)target,
                ReferralTarget.IsMet(counted.Referrals, target),
                periods.Where(p => p.Overlaps(year.FirstDay, year.LastDay)).Select(p => p.CaseId).Distinct().Count(),
                escalations.Count(During),
                meetings.Count(m => During(m.HeldOn)),
                meetings.Count(m => During(m.HeldOn) && m.Decision == "stay"),
                WireName.Of(imported ? CountSource.Imported : CountSource.Recorded),
                importedThuiszitters.TryGetValue(year.StartYear, out var importedCount) ? importedCount : null);
        }).ToList();
        return new AreaTrend(area.Id, area.Name, years);
    }

}
