using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;

/// <summary>Validation rules that recur across the contract, written once.</summary>
public static class WireValidationExtensions
{
    public static IRuleBuilderOptions<T, string?> IsWireValue<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.NotEmpty().Must(value => WireName.TryParse<TEnum>(value, out _))
            .WithMessage($"Must be one of {WireName.Values<TEnum>()}.");

    public static IRuleBuilderOptions<T, DateOnly?> IsPastOrToday<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.NotNull().Must(date => date is null || date <= SchoolCalendar.Today(clock))
            .WithMessage("A date in the future is refused.");

    public static IRuleBuilderOptions<T, string?> IsReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(1000);
}
