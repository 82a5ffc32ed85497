using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Application.Trend;

/// <summary>One area over every school year, for charts: referrals against the target next to thuiszitters and escalations.</summary>
public sealed record GetAreaTrend(Guid? AreaId) : IQuery<AreaTrend>;

public sealed record AreaTrend(Guid AreaId, string Name, IReadOnlyList<TrendYear> Years);

/// <summary>
/// An area's figures in one school year; area figures are never suppressed. <c>withdrawn</c>
/// counts referrals decided that year and withdrawn since; <c>otStayDecisions</c> counts OT
/// decisions that kept a child in the neighbourhood.
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
    int OtStayDecisions);

internal sealed class GetAreaTrendValidator : AbstractValidator<GetAreaTrend>
{
    public GetAreaTrendValidator() => RuleFor(q => q.AreaId).NotEmpty().WithMessage("Name the area (areaId).");
}

internal sealed class GetAreaTrendHandler(MonitoringDbContext db, UnitTreeCache maps, MonitoringAccess access) : IQueryHandler<GetAreaTrend, AreaTrend>
{
    /// <summary>The trend starts no later than the baseline of the first target year (2024-2025 against 2023-2024).</summary>
    private static readonly SchoolYear FirstBaseline = SchoolYear.Starting(2023);

    public async ValueTask<AreaTrend> Handle(GetAreaTrend query, CancellationToken cancellationToken)
    {
        var tree = await maps.TreeAsync(db, cancellationToken);
        var area = tree.Find(query.AreaId!.Value) is { Level: UnitLevel.Area } found ? found : throw new NotFoundException("Area", query.AreaId.Value);
        var schools = tree.At(UnitLevel.School).Where(s => tree.Ancestor(s.Id, UnitLevel.Area) == area.Id).Select(s => s.Id).ToList();

        var referrals = await ReferralsPerYearAsync(schools, cancellationToken);
        var periods = await db.ThuiszitterPeriods.AsNoTracking().Where(p => schools.Contains(p.SchoolId)).ToListAsync(cancellationToken);
        var escalations = await db.Escalations.AsNoTracking().Where(e => schools.Contains(e.SchoolId)).Select(e => e.On).ToListAsync(cancellationToken);
        var meetings = await db.OtMeetings.AsNoTracking().Where(m => schools.Contains(m.SchoolId)).ToListAsync(cancellationToken);
        var targets = await TargetBook.SetByAdminAsync(db, cancellationToken);

        var firstData = referrals.Keys
            .Concat(periods.Select(p => SchoolYear.Of(p.Since).StartYear))
            .Concat(escalations.Select(on => SchoolYear.Of(on).StartYear))
            .Concat(meetings.Select(m => SchoolYear.Of(m.HeldOn).StartYear))
            .DefaultIfEmpty(FirstBaseline.StartYear).Min();
        var current = SchoolYear.Of(access.Today);
        var first = Math.Min(firstData, FirstBaseline.StartYear);

        var years = Enumerable.Range(first, current.StartYear - first + 1).Select(SchoolYear.Starting).Select(year =>
        {
            var counted = referrals.GetValueOrDefault(year.StartYear);
            var previous = referrals.GetValueOrDefault(year.Previous.StartYear).Referrals;
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
                meetings.Count(m => During(m.HeldOn) && m.Decision == "stay"));
        }).ToList();
        return new AreaTrend(area.Id, area.Name, years);
    }

    /// <summary>The area's referrals per school year, added up by the database from the schools' summary rows.</summary>
    private async Task<Dictionary<int, ReferralTally>> ReferralsPerYearAsync(List<Guid> schools, CancellationToken cancellationToken)
    {
        var years = await db.ReferralSummaries.AsNoTracking()
            .Where(s => schools.Contains(s.SchoolId))
            .GroupBy(s => s.SchoolYearStart)
            .Select(g => new
            {
                Year = g.Key,
                Referrals = g.Sum(s => s.Referrals),
                Sbo = g.Sum(s => s.Sbo),
                SoLow = g.Sum(s => s.SoLow),
                SoMedium = g.Sum(s => s.SoMedium),
                SoHigh = g.Sum(s => s.SoHigh),
                Withdrawn = g.Sum(s => s.Withdrawn),
            })
            .ToListAsync(cancellationToken);
        return years.ToDictionary(y => y.Year, y => new ReferralTally(y.Referrals, y.Sbo, y.SoLow, y.SoMedium, y.SoHigh, y.Withdrawn));
    }
}
