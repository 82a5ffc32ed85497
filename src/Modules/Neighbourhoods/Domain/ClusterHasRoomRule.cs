using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

/// <summary>A cluster is two to four schools (seed 001): a fifth school makes it another cluster.</summary>
public sealed class ClusterHasRoomRule(string clusterName, int schoolsInCluster) : IBusinessRule
{
    public string Code => "cluster-full";

    public string Message => $"Cluster '{clusterName}' already has {schoolsInCluster} schools; a cluster has at most {Cluster.MaxSchools}.";

    public bool IsBroken() => schoolsInCluster >= Cluster.MaxSchools;
}
