using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Support;

/// <summary>The support pyramid per area, cluster or school: open cases per level, OPPs, level changes, collective approaches.</summary>
/// <param name="GroupBy">Areas when not given.</param>
public sealed record GetSupportFigures(string? SchoolYear, UnitLevel? GroupBy) : IQuery<SupportFigures>;

/// <param name="AsOf">The day open cases and their levels are counted on: today, or the last day of a year that is over.</param>
public sealed record SupportFigures(string SchoolYear, [property: WireValues(typeof(UnitLevel))] string GroupBy, DateOnly AsOf, IReadOnlyList<SupportRow> Rows);

/// <summary>
/// Counts of children, null where hidden from the caller (<see cref="Suppressed"/>). Beyond basic
/// support is level 4 and 5; every child there should have an OPP (domain rule 1), so
/// <see cref="BeyondBasicWithoutOpp"/> is a warning sign. Collective approaches are groups, not
/// children, and are never hidden.
/// </summary>
public sealed record SupportRow(
    Guid Id,
    string Name,
    int? OpenCases,
    int? Level1,
    int? Level2,
    int? Level3,
    int? Level4,
    int? Level5,
    int? BeyondBasic,
    int? BeyondBasicWithOpp,
    int? BeyondBasicWithoutOpp,
    int? LevelChangesUp,
    int? LevelChangesDown,
    int CollectiveApproaches,
    bool Suppressed);

internal sealed class GetSupportFiguresValidator : AbstractValidator<GetSupportFigures>
{
    public GetSupportFiguresValidator() => RuleFor(q => q.SchoolYear).IsSchoolYearWhenGiven();
}

internal sealed class GetSupportFiguresHandler(ISupportQueries facts, ISchoolMapQueries map, UnitTreeCache maps, MonitoringAccess access) : IQueryHandler<GetSupportFigures, SupportFigures>
{
    public async ValueTask<SupportFigures> Handle(GetSupportFigures query, CancellationToken cancellationToken)
    {
        var year = access.YearOrCurrent(query.SchoolYear);
        var level = query.GroupBy ?? UnitLevel.Area;
        var asOf = access.AsOf(year);
        var tree = await maps.TreeAsync(map, cancellationToken);
        var pyramid = await SupportPyramid.LoadAsync(facts, year, asOf, cancellationToken);
        var table = FigureTable.Build(tree, SupportPyramid.Measures, (school, measure) => pyramid.Count(school, measure), SupportPyramid.RowSums, access.SuppressionThreshold);
        var approaches = pyramid.ApproachesPerUnit(tree);

        var rows = tree.At(level).Select(unit =>
        {
            int? Cell(int measure) => table.Value(unit.Id, measure);
            return new SupportRow(
                unit.Id, unit.Name, Cell(SupportPyramid.Open), Cell(SupportPyramid.Level(1)), Cell(SupportPyramid.Level(2)), Cell(SupportPyramid.Level(3)),
                Cell(SupportPyramid.Level(4)), Cell(SupportPyramid.Level(5)), Cell(SupportPyramid.BeyondBasic), Cell(SupportPyramid.WithOpp),
                Cell(SupportPyramid.WithoutOpp), Cell(SupportPyramid.Up), Cell(SupportPyramid.Down),
                approaches.GetValueOrDefault(unit.Id), table.IsSuppressed(unit.Id));
        }).ToList();
        return new SupportFigures(year.ToString(), WireName.Of(level), asOf, rows);
    }
}
