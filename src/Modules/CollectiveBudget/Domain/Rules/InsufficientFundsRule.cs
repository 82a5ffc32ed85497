using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Rules;

/// <summary>The pool carries only what is in it: an allocation, or the reversal of a contribution, may not take more than is available.</summary>
public sealed class InsufficientFundsRule(decimal available, decimal amount) : IBusinessRule
{
    public string Code => "insufficient-funds";

    public string Message => $"The pool has {available:0.00} available; {amount:0.00} cannot be taken from it.";

    public bool IsBroken() => amount > available;
}
