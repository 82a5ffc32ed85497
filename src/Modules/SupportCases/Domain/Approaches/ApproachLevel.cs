namespace GeenKindDeBuurtUit.SupportCases.Domain.Approaches;

/// <summary>Where a collective approach is agreed: at one school, in a cluster, or for a whole area.</summary>
public enum ApproachLevel
{
    School,
    Cluster,
    Area,
}
