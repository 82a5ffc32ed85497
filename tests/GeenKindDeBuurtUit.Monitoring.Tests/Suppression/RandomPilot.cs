using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Suppression;

/// <summary>A random programme shaped like the real one: 1-3 areas of 2-4 clusters of 2-4 schools.</summary>
internal static class RandomPilot
{
    public static UnitTree Tree(Random random)
    {
        var units = new List<Unit>();
        for (var a = 0; a < random.Next(1, 4); a++)
        {
            var area = new Unit(Guid.NewGuid(), UnitLevel.Area, $"area {a}", null);
            units.Add(area);
            for (var c = 0; c < random.Next(2, 5); c++)
            {
                var cluster = new Unit(Guid.NewGuid(), UnitLevel.Cluster, $"cluster {a}.{c}", area.Id);
                units.Add(cluster);
                units.AddRange(Enumerable.Range(0, random.Next(2, 5)).Select(s => new Unit(Guid.NewGuid(), UnitLevel.School, $"school {a}.{c}.{s}", cluster.Id)));
            }
        }

        return new UnitTree(units);
    }

    /// <summary>Mostly zeros and small counts, the hard case for suppression, with some large ones.</summary>
    public static int Count(Random random) => random.Next(10) switch
    {
        < 4 => 0,
        < 8 => random.Next(1, 7),
        _ => random.Next(7, 40),
    };
}
