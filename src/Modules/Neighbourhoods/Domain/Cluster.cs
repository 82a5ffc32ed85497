using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

/// <summary>A neighbourhood cluster (buurtcombinatie, "bondje") of regular schools of different boards.</summary>
public sealed class Cluster : AggregateRoot
{
    public const int MaxSchools = 4;

    private Cluster()
    {
        Name = string.Empty;
    }

    public Cluster(Guid id, string name, Guid areaId)
    {
        Id = id;
        Name = name;
        AreaId = areaId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Guid AreaId { get; private set; }

    /// <summary>
    /// A school joining changes the cluster too: its version moves on, so two schools joining at
    /// once cannot both pass the room check and make a fifth.
    /// </summary>
    internal void Admit(Guid schoolId) => Raise(new SchoolAdmitted(Id, schoolId));
}

public sealed record SchoolAdmitted(Guid ClusterId, Guid SchoolId) : IDomainEvent;
