using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Rules;

/// <summary>Hours are logged for a day that has come, and not for a day before the school asked.</summary>
public sealed class HoursDateRule(DateOnly on, DateOnly requestedOn, DateOnly today) : IBusinessRule
{
    public string Code => "hours-date";

    public string Message => on > today
        ? "Hours are not logged for a date in the future."
        : $"Hours are not logged for a date before the request was made ({requestedOn:yyyy-MM-dd}).";

    public bool IsBroken() => on > today || on < requestedOn;
}
