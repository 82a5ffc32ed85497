using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Facilities.Domain.Rules;

/// <summary>A facility is not withdrawn before the day it came on the map.</summary>
public sealed class WithdrawalDateRule(DateOnly on, DateOnly createdOn) : IBusinessRule
{
    public string Code => "withdrawal-before-creation";

    public string Message => $"A facility cannot be withdrawn before it came on the map ({createdOn:yyyy-MM-dd}).";

    public bool IsBroken() => on < createdOn;
}
