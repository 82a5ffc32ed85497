using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using Xunit;

namespace GeenKindDeBuurtUit.Testing;

public static class RuleAssert
{
    /// <summary>The action is refused by exactly this rule, with its stable code.</summary>
    public static void Broken<TRule>(string code, Action action)
        where TRule : IBusinessRule
    {
        var violation = Assert.Throws<BusinessRuleViolationException>(action);
        Assert.IsType<TRule>(violation.Rule);
        Assert.Equal(code, violation.Code);
    }
}
