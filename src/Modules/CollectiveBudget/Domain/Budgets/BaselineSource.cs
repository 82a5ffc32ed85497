namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>Where the formula's baseline comes from: the agreement, or the previous year's referrals as recorded on the platform or imported from before it.</summary>
public enum BaselineSource
{
    Agreement,
    Recorded,
    Imported,
}
