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

    public static IRuleBuilderOptions<T, DateOnly> IsPastOrToday<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock) =>
        rule.Must(date => date <= SchoolCalendar.Today(clock)).WithMessage("A date in the future is refused.");

    /// <summary>A reason is free text: required, at most 1000 characters, and identifies no pupil.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IsReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(1000).IdentifiesNoPupil();

    /// <summary>The name of an area, cluster, school, board, professional, organisation or approach: required, at most 200 characters, and identifies no pupil.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IsName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(200).IdentifiesNoPupil();
}
