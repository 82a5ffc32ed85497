using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>The input rules every budget request shares, written once.</summary>
internal static class BudgetValidation
{
    public static IRuleBuilderOptions<T, string?> IsSchoolYear<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => SchoolYear.TryParse(text, out _))
            .WithMessage("A school year is written YYYY-YYYY with consecutive years, like 2025-2026.");

    /// <summary>Money taken in or paid out: more than zero, in euros and cents.</summary>
    public static IRuleBuilderOptions<T, decimal> IsAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(a => a > 0m).WithMessage("An amount is more than zero.")
            .Must(Money.IsInCents).WithMessage("An amount has at most 2 decimals (euros and cents).")
            .Must(a => a <= Money.Maximum).WithMessage($"An amount is at most {Money.Maximum:0}.");

    /// <summary>A rate may be zero (nothing agreed for that type), never negative.</summary>
    public static IRuleBuilderOptions<T, decimal> IsRate<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(a => a >= 0m).WithMessage("A rate is not negative.")
            .Must(Money.IsInCents).WithMessage("A rate has at most 2 decimals (euros and cents).")
            .Must(a => a <= Money.Maximum).WithMessage($"A rate is at most {Money.Maximum:0}.");
}
