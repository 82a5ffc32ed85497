namespace GeenKindDeBuurtUit.BuildingBlocks.Domain;

/// <summary>A business rule refused the change; the API answers 422 with the rule's code.</summary>
public sealed class BusinessRuleViolationException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;

    public string Code => Rule.Code;
}
