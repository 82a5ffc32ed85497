using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Approaches;

/// <summary>
/// The second route of support (seed 003): an approach for a group of children with similar needs,
/// agreed at school, cluster or area level, for example a start class or stronger language teaching.
/// </summary>
public sealed class CollectiveApproach : AggregateRoot
{
    private readonly List<Need> _needs = [];
    private readonly List<Guid> _schoolIds = [];

    private CollectiveApproach()
    {
        Name = string.Empty;
    }

    private CollectiveApproach(Guid id, string name, IEnumerable<Need> needs, ApproachLevel level, Guid targetId, IEnumerable<Guid> schoolIds, DateOnly startsOn, DateOnly? endsOn, int expectedChildren)
    {
        Id = id;
        Name = name;
        _needs.AddRange(needs.Distinct().Order());
        Level = level;
        TargetId = targetId;
        _schoolIds.AddRange(schoolIds.Distinct());
        StartsOn = startsOn;
        EndsOn = endsOn;
        ExpectedChildren = expectedChildren;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<Need> Needs => _needs;

    public ApproachLevel Level { get; private set; }

    /// <summary>The school, cluster or area that agreed the approach, per <see cref="Level"/>.</summary>
    public Guid TargetId { get; private set; }

    public IReadOnlyList<Guid> SchoolIds => _schoolIds;

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public int ExpectedChildren { get; private set; }

    public bool IsRunningOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day <= EndsOn);

    public static CollectiveApproach Agree(Guid id, string name, IReadOnlyCollection<Need> needs, ApproachLevel level, Guid targetId, IReadOnlyCollection<Guid> schoolIds, DateOnly startsOn, DateOnly? endsOn, int expectedChildren) =>
        new(id, name, needs, level, targetId, schoolIds, startsOn, endsOn, expectedChildren);
}
