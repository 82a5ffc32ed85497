using NetArchTest.Rules;

namespace GeenKindDeBuurtUit.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Neighbourhoods_does_not_depend_on_other_modules_except_their_integration_events_or_contracts() =>
        AssertDependsOnOtherModulesOnlyThroughWhatTheyOpen("Neighbourhoods");

    [Fact]
    public void SupportCases_does_not_depend_on_other_modules_except_their_integration_events_or_contracts() =>
        AssertDependsOnOtherModulesOnlyThroughWhatTheyOpen("SupportCases");

    [Fact]
    public void ExpertisePool_does_not_depend_on_other_modules_except_their_integration_events_or_contracts() =>
        AssertDependsOnOtherModulesOnlyThroughWhatTheyOpen("ExpertisePool");

    [Fact]
    public void CollectiveBudget_does_not_depend_on_other_modules_except_their_integration_events_or_contracts() =>
        AssertDependsOnOtherModulesOnlyThroughWhatTheyOpen("CollectiveBudget");

    [Fact]
    public void Monitoring_does_not_depend_on_other_modules_except_their_integration_events_or_contracts() =>
        AssertDependsOnOtherModulesOnlyThroughWhatTheyOpen("Monitoring");

    [Fact]
    public void Audit_does_not_depend_on_other_modules_except_their_integration_events_or_contracts() =>
        AssertDependsOnOtherModulesOnlyThroughWhatTheyOpen("Audit");

    [Fact]
    public void Notifications_does_not_depend_on_other_modules_except_their_integration_events_or_contracts() =>
        AssertDependsOnOtherModulesOnlyThroughWhatTheyOpen("Notifications");

    private static void AssertDependsOnOtherModulesOnlyThroughWhatTheyOpen(string module)
    {
        var own = Platform.OfModule(module);
        Assert.Contains(own, a => !Platform.IsOpenToOtherModules(a));
        var otherModulesInsides = Platform.Modules.Where(m => m != module)
            .SelectMany(Platform.OfModule)
            .Where(a => !Platform.IsOpenToOtherModules(a))
            .SelectMany(Platform.TypeNames)
            .ToArray();
        Assert.NotEmpty(otherModulesInsides);

        var result = Types.InAssemblies(own).ShouldNot().HaveDependencyOnAny(otherModulesInsides).GetResult();

        ArchitectureAssert.Holds(result, $"{module} may use another module only through its IntegrationEvents");
    }
}
