namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>Where money goes: a collective approach of the whole area, of one cluster, or of one school.</summary>
public enum TargetLevel
{
    Area,
    Cluster,
    School,
}
