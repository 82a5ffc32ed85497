using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Facilities.Domain.Rules;

/// <summary>A facility's ages run from <c>ageFrom</c> up to <c>ageTo</c>, each 0 to <see cref="MaxAge"/>; either may be open.</summary>
public sealed class AgeRangeRule(int? ageFrom, int? ageTo) : IBusinessRule
{
    /// <summary>Youth care reaches young adults up to 23; the map stops there.</summary>
    public const int MaxAge = 23;

    public string Code => "age-range";

    public string Message => $"ageFrom must not exceed ageTo, and both lie between 0 and {MaxAge}.";

    public bool IsBroken() =>
        ageFrom is < 0 or > MaxAge || ageTo is < 0 or > MaxAge || (ageFrom is { } from && ageTo is { } to && from > to);
}
