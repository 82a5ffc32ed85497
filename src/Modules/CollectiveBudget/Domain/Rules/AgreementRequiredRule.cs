using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Rules;

/// <summary>Expertise hours are charged at the agreed hourly rate; without an agreement there is no rate.</summary>
public sealed class AgreementRequiredRule(Agreement? agreement) : IBusinessRule
{
    public string Code => "agreement-required";

    public string Message => "There is no agreement for this area and school year, so there is no hourly rate to charge expertise at.";

    public bool IsBroken() => agreement is null;
}
