namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

/// <summary>
/// The year's own expertise hours and what has been charged for them. A correction that reverses a
/// charge of an earlier, closed year is left out: that year priced those hours at its own rate.
/// </summary>
internal sealed record ExpertisePricing(decimal Hours, decimal Charged)
{
    public static ExpertisePricing Of(IReadOnlyCollection<LedgerEntry> entries)
    {
        var own = entries.Select(e => e.Id).ToHashSet();
        var priced = entries.Where(e => e.CountsAs == LedgerEntryKind.ExpertiseCharge
            && (e.CorrectsEntryId is not { } original || own.Contains(original))).ToList();
        return new ExpertisePricing(priced.Sum(e => e.Hours ?? 0m), priced.Sum(e => e.Amount));
    }

    /// <summary>Hours times the rate, rounded once (half away from zero).</summary>
    public static decimal Cost(decimal hours, decimal hourRate) => Money.Round(hours * hourRate);
}
