using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;

/// <summary>
/// Domain rule 8, the guard against pushing children out: per area, children at home without
/// education now and during the year, escalations, and the referrals next to them.
/// </summary>
public sealed record GetThuiszitterFigures(string? SchoolYear) : IQuery<ThuiszitterFigures>;

/// <param name="AsOf">The day <c>currentThuiszitters</c> is counted on: today, or the last day of a year that is over.</param>
public sealed record ThuiszitterFigures(string SchoolYear, DateOnly AsOf, IReadOnlyList<ThuiszitterRow> Rows);

/// <summary>
/// Thuiszitters count children (a child at home twice in a year counts once); escalations count
/// escalations. <c>thuiszitters</c> and <c>previousYearThuiszitters</c> count the periods recorded
/// on the platform; <c>importedThuiszitters</c> and <c>previousYearImportedThuiszitters</c> what the
/// SWV imported for a year before the platform, null when the area is not in that year's import.
/// Referrals include imported ones (docs/adr/0050).
/// </summary>
/// <param name="FewerReferralsMoreThuiszitters">
/// The guard's signal: referrals fell against the year before while thuiszitters rose, each year's
/// thuiszitters taken from its import where the area has one, else from the recorded periods.
/// </param>
public sealed record ThuiszitterRow(
    Guid Id,
    string Name,
    int CurrentThuiszitters,
    int Thuiszitters,
    int PreviousYearThuiszitters,
    int Escalations,
    int Referrals,
    int PreviousYearReferrals,
    int? ImportedThuiszitters,
    int? PreviousYearImportedThuiszitters,
    bool FewerReferralsMoreThuiszitters);

internal sealed class GetThuiszitterFiguresValidator : AbstractValidator<GetThuiszitterFigures>
{
    public GetThuiszitterFiguresValidator() => RuleFor(q => q.SchoolYear).IsSchoolYearWhenGiven();
}

internal sealed class GetThuiszitterFiguresHandler(
    IThuiszitterQueries thuiszitters, IReferralQueries referralCounts, ISchoolMapQueries map, UnitTreeCache maps, MonitoringAccess access) : IQueryHandler<GetThuiszitterFigures, ThuiszitterFigures>
{
    private const int Current = 0, DuringYear = 1, YearBefore = 2, Escalations = 3, Referrals = 4, PreviousReferrals = 5;

    public async ValueTask<ThuiszitterFigures> Handle(GetThuiszitterFigures query, CancellationToken cancellationToken)
    {
        var year = access.YearOrCurrent(query.SchoolYear);
        var asOf = access.AsOf(year);
        var (first, last) = (year.Previous.FirstDay, year.LastDay);
        var tree = await maps.TreeAsync(map, cancellationToken);
        var periods = await thuiszitters.PeriodsAsync(first, last, cancellationToken);
        var escalations = await thuiszitters.EscalatingSchoolsAsync(year.FirstDay, year.LastDay, cancellationToken);
        var referrals = await referralCounts.PerSchoolAsync([year, year.Previous], cancellationToken);
        var imported = await thuiszitters.ImportedAsync([year, year.Previous], cancellationToken);

        // Looked up per school: the table asks for every school of the map, most of which have none.
        var periodsOf = periods.ToLookup(p => p.SchoolId);
        var escalationsOf = escalations.CountBy(school => school).ToDictionary();
        int Children(Guid school, Func<ThuiszitterPeriod, bool> counts) =>
            periodsOf[school].Where(counts).Select(p => p.CaseId).Distinct().Count();

        // Area figures are public (contract: only school and cluster counts are suppressed), but they go through the same table.
        var table = FigureTable.Build(tree, 6, (school, measure) => measure switch
        {
            Current => Children(school, p => p.IsOngoingOn(asOf)),
            DuringYear => Children(school, p => p.Overlaps(year.FirstDay, year.LastDay)),
            YearBefore => Children(school, p => p.Overlaps(year.Previous.FirstDay, year.Previous.LastDay)),
            Escalations => escalationsOf.GetValueOrDefault(school),
            Referrals => referrals.GetValueOrDefault((school, year.StartYear)).Referrals,
            _ => referrals.GetValueOrDefault((school, year.Previous.StartYear)).Referrals,
        }, [], access.SuppressionThreshold);

        // Imported thuiszitters are counted per area only, and area figures are never suppressed: they are shown as imported.
        var rows = tree.At(UnitLevel.Area).Select(area =>
        {
            var (importedNow, importedBefore) = (Imported(imported, area, year), Imported(imported, area, year.Previous));
            var (atHome, atHomeBefore) = (Count(table, area, DuringYear), Count(table, area, YearBefore));
            var (referred, referredBefore) = (Count(table, area, Referrals), Count(table, area, PreviousReferrals));
            return new ThuiszitterRow(
                area.Id, area.Name, Count(table, area, Current), atHome, atHomeBefore, Count(table, area, Escalations), referred, referredBefore,
                importedNow, importedBefore, referred < referredBefore && (importedNow ?? atHome) > (importedBefore ?? atHomeBefore));
        }).ToList();
        return new ThuiszitterFigures(year.ToString(), asOf, rows);
    }

    private static int? Imported(IReadOnlyDictionary<(Guid Area, int Year), int> imported, Unit area, SchoolYear year) =>
        imported.TryGetValue((area.Id, year.StartYear), out var count) ? count : null;

    private static int Count(FigureTable table, Unit area, int measure) =>
        table.Value(area.Id, measure) ?? throw new InvalidOperationException("Area figures are never suppressed.");
}
