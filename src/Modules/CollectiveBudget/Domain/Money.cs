namespace GeenKindDeBuurtUit.CollectiveBudget.Domain;

/// <summary>Euros as the contract writes them: at most 2 decimals, rounded half away from zero.</summary>
public static class Money
{
    /// <summary>A sane upper bound for one amount: far above any area's yearly budget, far below decimal(18,2).</summary>
    public const decimal Maximum = 1_000_000_000m;

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static bool IsInCents(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>Always two decimals (100.00, not 100 or 100.0), so JSON and CSV read the same whatever the store returned.</summary>
    public static decimal InCents(decimal amount) => Round(amount) + 0.00m;
}
