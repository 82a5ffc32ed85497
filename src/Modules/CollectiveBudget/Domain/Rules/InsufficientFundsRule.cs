using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Rules;

/// <summary>
/// The pool carries only what is in it: an allocation, or the reversal of a contribution, may not
/// take more than remains once the expertise charged is paid.
/// </summary>
public sealed class InsufficientFundsRule(decimal remaining, decimal amount) : IBusinessRule
{
    public string Code => "insufficient-funds";

    public string Message => $"The pool has {remaining:0.00} remaining; {amount:0.00} cannot be taken from it.";

    public bool IsBroken() => amount > remaining;
}
