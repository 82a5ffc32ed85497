using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Approaches;

/// <summary>
/// The second route of support (seed 003): an approach for a group of children with similar needs,
/// agreed at school, cluster or area level, for example a start class or stronger language teaching.
/// </summary>
public sealed class CollectiveApproach : AggregateRoot
{
    private CollectiveApproach()
    {
        Name = string.Empty;
    }

    private CollectiveApproach(Guid id, string name, IEnumerable<Need> needs, ApproachLevel level, Guid targetId, IEnumerable<Guid> schoolIds, DateOnly startsOn, DateOnly? endsOn, int expectedChildren)
    {
        Id = id;
        Name = name;
        Needs = needs.Distinct().Order().ToList();
        Level = level;
        TargetId = targetId;
        SchoolIds = schoolIds.Distinct().ToList();
        StartsOn = startsOn;
        EndsOn = endsOn;
        ExpectedChildren = expectedChildren;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public List<Need> Needs { get; private set; } = [];

    public ApproachLevel Level { get; private set; }

    /// <summary>The school, cluster or area that agreed the approach, per <see cref="Level"/>.</summary>
    public Guid TargetId { get; private set; }

    public List<Guid> SchoolIds { get; private set; } = [];

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public int ExpectedChildren { get; private set; }

    public bool IsRunningOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day <= EndsOn);

    public static CollectiveApproach Agree(Guid id, string name, IReadOnlyCollection<Need> needs, ApproachLevel level, Guid targetId, IReadOnlyCollection<Guid> schoolIds, DateOnly startsOn, DateOnly? endsOn, int expectedChildren) =>
        new(id, name, needs, level, targetId, schoolIds, startsOn, endsOn, expectedChildren);
}
