using FluentValidation;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Validation;

internal static class HoursValidation
{
    /// <summary>Hours as the contract writes amounts: a JSON number above 0, at most <paramref name="max"/>, with at most 2 decimals.</summary>
    public static IRuleBuilderOptions<T, decimal> IsHours<T>(this IRuleBuilder<T, decimal> rule, decimal max) =>
        rule.Must(h => h > 0 && h <= max).WithMessage($"Hours are more than 0 and at most {max}.")
            .Must(h => decimal.Round(h, 2) == h).WithMessage("Hours have at most 2 decimals.");
}
