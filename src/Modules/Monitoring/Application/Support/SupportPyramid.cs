using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Support;

/// <summary>
/// Open cases per school and level on one day, worked out from the dated facts (opening level,
/// level changes, closure), so the order events arrived in does not matter; plus the year's
/// level changes and the collective approaches running in it.
/// </summary>
internal sealed class SupportPyramid
{
    public const int Open = 0, BeyondBasic = 6, WithOpp = 7, WithoutOpp = 8, Up = 9, Down = 10, Measures = 11;

    private const int FirstBeyondBasicLevel = 4;

    private readonly Dictionary<(Guid School, int Measure), int> _counts = [];
    private readonly IReadOnlyList<IReadOnlyList<Guid>> _approachSchools;

    private SupportPyramid(IReadOnlyList<IReadOnlyList<Guid>> approachSchools) => _approachSchools = approachSchools;

    /// <summary>What a reader can add up: open = levels 1-5, beyond basic = levels 4 and 5 = with OPP + without OPP.</summary>
    public static IReadOnlyList<RowSum> RowSums { get; } =
    [
        new(Open, Level(1), Level(2), Level(3), Level(4), Level(5)),
        new(BeyondBasic, Level(4), Level(5)),
        new(BeyondBasic, WithOpp, WithoutOpp),
    ];

    public static int Level(int level) => level;

    public int Count(Guid school, int measure) => _counts.GetValueOrDefault((school, measure));

    /// <summary>Approaches running in the year that any school of a unit takes part in, per unit; each counts once per unit.</summary>
    public IReadOnlyDictionary<Guid, int> ApproachesPerUnit(UnitTree tree) =>
        _approachSchools
            .SelectMany(schools => schools
                .SelectMany(s => Enum.GetValues<UnitLevel>().Select(level => tree.Ancestor(s, level)))
                .OfType<Guid>()
                .Distinct())
            .CountBy(unit => unit)
            .ToDictionary();

    public static async Task<SupportPyramid> LoadAsync(ISupportQueries facts, SchoolYear year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var open = await facts.OpenOnAsync(asOf, cancellationToken);
        var openIds = open.Select(c => c.CaseId).ToList();
        var changes = await facts.LevelChangesAsync(openIds, asOf, year.FirstDay, year.LastDay, cancellationToken);
        var approaches = await facts.ApproachSchoolsAsync(year.FirstDay, year.LastDay, cancellationToken);

        var pyramid = new SupportPyramid(approaches);
        var latest = changes.Where(c => c.On <= asOf).GroupBy(c => c.CaseId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.On).ThenBy(c => c.OccurredAt).Last().ToLevel);
        foreach (var supportCase in open)
        {
            var level = latest.TryGetValue(supportCase.CaseId, out var changed) ? changed : supportCase.OpeningLevel!.Value;
            pyramid.Add(supportCase.SchoolId, Open, Level(level));
            if (level >= FirstBeyondBasicLevel)
            {
                pyramid.Add(supportCase.SchoolId, BeyondBasic, supportCase.OppSince <= asOf ? WithOpp : WithoutOpp);
            }
        }

        foreach (var change in changes.Where(c => c.On >= year.FirstDay && c.On <= year.LastDay))
        {
            pyramid.Add(change.SchoolId, change.IsUp ? Up : Down);
        }

        return pyramid;
    }

    private void Add(Guid school, params int[] measures)
    {
        foreach (var measure in measures)
        {
            _counts[(school, measure)] = Count(school, measure) + 1;
        }
    }
}
