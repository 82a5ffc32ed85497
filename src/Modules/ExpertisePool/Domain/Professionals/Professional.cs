using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

/// <summary>
/// A professional of the pool (special education incl. cluster 2 / TOS, SPO West, OKT, buurtteam,
/// youth care). A professional is deactivated, never deleted: past assignments and hours keep
/// pointing at them, so there is no way to remove one.
/// </summary>
public sealed class Professional : AggregateRoot
{
    private readonly List<Expertise> _expertise = [];
    private readonly List<Guid> _areaIds = [];

    private Professional()
    {
        Name = string.Empty;
        Organisation = string.Empty;
    }

    private Professional(Guid id, string name, string organisation, IEnumerable<Expertise> expertise, IEnumerable<Guid> areaIds, decimal hoursPerWeek)
    {
        Id = id;
        Name = name;
        Organisation = organisation;
        _expertise.AddRange(expertise.Distinct().Order());
        _areaIds.AddRange(areaIds.Distinct());
        HoursPerWeek = hoursPerWeek;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Organisation { get; private set; }

    public IReadOnlyList<Expertise> Expertise => _expertise;

    /// <summary>The areas this professional works in.</summary>
    public IReadOnlyList<Guid> AreaIds => _areaIds;

    /// <summary>Capacity: the hours a week this professional gives to the pool.</summary>
    public decimal HoursPerWeek { get; private set; }

    public bool IsActive { get; private set; }

    public DateOnly? DeactivatedOn { get; private set; }

    public bool Offers(Expertise expertise) => _expertise.Contains(expertise);

    public bool Serves(Guid areaId) => _areaIds.Contains(areaId);

    public static Professional Register(Guid id, string name, string organisation, IReadOnlyCollection<Expertise> expertise, IReadOnlyCollection<Guid> areaIds, decimal hoursPerWeek)
    {
        CheckRule(new HoursPerWeekRule(hoursPerWeek));
        return new Professional(id, name, organisation, expertise, areaIds, hoursPerWeek);
    }

    /// <summary>Takes no new assignments from now on; open assignments are finished and their hours still logged.</summary>
    public void Deactivate(DateOnly on)
    {
        CheckRule(new ProfessionalActiveRule(this));
        IsActive = false;
        DeactivatedOn = on;
    }

    internal void WorkloadChanged() => Raise(new ProfessionalChanged(Id));
}
