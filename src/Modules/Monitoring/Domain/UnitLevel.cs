namespace GeenKindDeBuurtUit.Monitoring.Domain;

/// <summary>The three levels figures are given at (<c>groupBy</c>): only area figures are never suppressed.</summary>
public enum UnitLevel
{
    Area,
    Cluster,
    School,
}
