using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Pool;

/// <summary>The expertise pool per area and expertise: requests, hours, time to a professional, and who still waits.</summary>
public sealed record GetExpertiseFigures(string? SchoolYear) : IQuery<ExpertiseFigures>;

public sealed record ExpertiseFigures(string SchoolYear, IReadOnlyList<ExpertiseRow> Rows);

/// <param name="Expertise">An expertise, or <c>all</c> for the area's total row.</param>
/// <param name="MedianMinutesToAssignment">Nearest-rank median over the requests of the year that got a professional; null when none did.</param>
public sealed record ExpertiseRow(
    Guid AreaId, string AreaName, string Expertise, int Requests, int Assigned, int Waiting, decimal Hours,
    double? MedianMinutesToAssignment, double? P90MinutesToAssignment);

internal sealed class GetExpertiseFiguresValidator : AbstractValidator<GetExpertiseFigures>
{
    public GetExpertiseFiguresValidator() => RuleFor(q => q.SchoolYear).IsSchoolYearWhenGiven();
}

internal sealed class GetExpertiseFiguresHandler(IExpertiseQueries pool, ISchoolMapQueries map, UnitTreeCache maps, MonitoringAccess access) : IQueryHandler<GetExpertiseFigures, ExpertiseFigures>
{
    public async ValueTask<ExpertiseFigures> Handle(GetExpertiseFigures query, CancellationToken cancellationToken)
    {
        var year = access.YearOrCurrent(query.SchoolYear);
        var (from, to) = (year.FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), year.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var requests = await pool.RequestsAsync(from, to, cancellationToken);
        var hours = await pool.HoursAsync(year.FirstDay, year.LastDay, cancellationToken);
        var tree = await maps.TreeAsync(map, cancellationToken);

        var rows = new List<ExpertiseRow>();
        foreach (var area in tree.At(UnitLevel.Area))
        {
            var inArea = requests.Where(r => r.AreaId == area.Id).ToList();
            var hoursInArea = hours.Where(h => h.AreaId == area.Id).ToList();
            foreach (var expertise in inArea.Select(r => r.Expertise).Concat(hoursInArea.Select(h => h.Expertise)).Distinct().Order(StringComparer.Ordinal))
            {
                rows.Add(Row(area, expertise, inArea.Where(r => r.Expertise == expertise).ToList(), hoursInArea.Where(h => h.Expertise == expertise).Sum(h => h.Hours)));
            }

            rows.Add(Row(area, "all", inArea, hoursInArea.Sum(h => h.Hours)));
        }

        return new ExpertiseFigures(year.ToString(), rows);
    }

    private static ExpertiseRow Row(Unit area, string expertise, IReadOnlyList<ExpertiseRequestRow> requests, decimal hours)
    {
        var waits = requests.Select(r => r.WaitingSeconds).OfType<long>().Select(seconds => seconds / 60.0).Order().ToList();
        return new ExpertiseRow(
            area.Id, area.Name, expertise, requests.Count, waits.Count, requests.Count(r => r.IsWaiting), hours,
            NearestRank(waits, 0.5), NearestRank(waits, 0.9));
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least p of the values at or below it.</summary>
    internal static double? NearestRank(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? null : Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)], 1, MidpointRounding.AwayFromZero);
}
