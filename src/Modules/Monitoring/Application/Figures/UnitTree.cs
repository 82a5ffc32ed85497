using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Figures;

/// <summary>An area, cluster or school; <see cref="ParentId"/> is a school's cluster or a cluster's area.</summary>
internal sealed record Unit(Guid Id, UnitLevel Level, string Name, Guid? ParentId);

/// <summary>
/// Every area, cluster and school monitoring knows, from its own school map and names: figures
/// have a row for each (zeros included), and a school's figures count for its current cluster and area.
/// </summary>
internal sealed class UnitTree
{
    private readonly Dictionary<Guid, Unit> _byId;
    private readonly ILookup<Guid?, Unit> _children;

    public UnitTree(IEnumerable<Unit> units)
    {
        All = units.OrderBy(u => u.Level).ThenBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Id).ToList();
        _byId = All.ToDictionary(u => u.Id);
        _children = All.ToLookup(u => u.ParentId);
    }

    /// <summary>Areas, then clusters, then schools, each by name: the order rows and cells are built in, so every answer hides the same cells.</summary>
    public IReadOnlyList<Unit> All { get; }

    public IEnumerable<Unit> At(UnitLevel level) => All.Where(u => u.Level == level);

    public IEnumerable<Unit> ChildrenOf(Unit unit) => _children[unit.Id];

    public Unit? Find(Guid id) => _byId.GetValueOrDefault(id);

    /// <summary>The unit a school counts towards at a level: the school itself, its cluster or its area.</summary>
    public Guid? Ancestor(Guid schoolId, UnitLevel level)
    {
        var unit = Find(schoolId);
        while (unit is not null && unit.Level != level)
        {
            unit = unit.ParentId is { } parent ? Find(parent) : null;
        }

        return unit?.Id;
    }

    public static UnitTree From(IEnumerable<Placement> placements, IReadOnlyDictionary<Guid, string> names)
    {
        var schools = placements.ToList();
        string Name(Guid id) => names.GetValueOrDefault(id) ?? id.ToString();
        return new UnitTree(
            schools.Select(s => s.AreaId).Distinct().Select(a => new Unit(a, UnitLevel.Area, Name(a), null))
                .Concat(schools.GroupBy(s => s.ClusterId).Select(c => new Unit(c.Key, UnitLevel.Cluster, Name(c.Key), c.First().AreaId)))
                .Concat(schools.Select(s => new Unit(s.SchoolId, UnitLevel.School, Name(s.SchoolId), s.ClusterId))));
    }

    /// <remarks>Only <see cref="UnitTreeCache"/> calls this, when the map changed.</remarks>
    public static async Task<UnitTree> LoadAsync(ISchoolMapQueries map, CancellationToken cancellationToken)
    {
        var placements = await map.PlacementsAsync(cancellationToken);
        var names = await map.NamesAsync(cancellationToken);
        return From(placements, names);
    }

    /// <summary>Where a school stands on the map, as far as the figures care.</summary>
    internal sealed record Placement(Guid SchoolId, Guid ClusterId, Guid AreaId);
}
