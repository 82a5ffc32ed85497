using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

/// <summary>A regular primary school: belongs to one board and one cluster, and through it to one area.</summary>
public sealed class School : AggregateRoot
{
    private School()
    {
        Name = string.Empty;
    }

    private School(Guid id, string name, string? brin, Guid boardId, Cluster cluster)
    {
        Id = id;
        Name = name;
        Brin = brin;
        BoardId = boardId;
        ClusterId = cluster.Id;
        AreaId = cluster.AreaId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The school's BRIN code; null where it is not known (the pilot's seed texts name none).</summary>
    public string? Brin { get; private set; }

    public Guid BoardId { get; private set; }

    public Guid ClusterId { get; private set; }

    public Guid AreaId { get; private set; }

    public static School Register(Guid id, string name, string? brin, Guid boardId, Cluster cluster, int schoolsInCluster)
    {
        CheckRule(new ClusterHasRoomRule(cluster.Name, schoolsInCluster));
        cluster.Admit(id);
        return new School(id, name, brin, boardId, cluster);
    }

    public void MoveTo(Cluster cluster, int schoolsInCluster)
    {
        if (cluster.Id == ClusterId)
        {
            return;
        }

        CheckRule(new ClusterHasRoomRule(cluster.Name, schoolsInCluster));
        cluster.Admit(Id);
        ClusterId = cluster.Id;
        AreaId = cluster.AreaId;
        Raise(new SchoolMoved(Id));
    }
}
