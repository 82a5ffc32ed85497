using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Domain;

public sealed class BusinessRuleTests
{
    [Fact]
    public void A_broken_rule_refuses_the_change_with_its_code()
    {
        var enrolment = new Enrolment();

        var refused = Assert.Throws<BusinessRuleViolationException>(() => enrolment.Confirm(hasOpp: false));

        Assert.Equal("opp-required", refused.Code);
        Assert.IsType<OppRequiredRule>(refused.Rule);
        Assert.Equal("A confirmed enrolment needs an OPP.", refused.Message);
        Assert.False(enrolment.Confirmed);
    }

    [Fact]
    public void A_rule_that_holds_lets_the_change_through()
    {
        var enrolment = new Enrolment();

        enrolment.Confirm(hasOpp: true);

        Assert.True(enrolment.Confirmed);
    }

    private sealed class Enrolment : Entity
    {
        public bool Confirmed { get; private set; }

        public void Confirm(bool hasOpp)
        {
            CheckRule(new OppRequiredRule(hasOpp));
            Confirmed = true;
        }
    }

    private sealed class OppRequiredRule(bool hasOpp) : IBusinessRule
    {
        public string Code => "opp-required";

        public string Message => "A confirmed enrolment needs an OPP.";

        public bool IsBroken() => !hasOpp;
    }
}
