using NetArchTest.Rules;

namespace GeenKindDeBuurtUit.ArchitectureTests;

internal static class ArchitectureAssert
{
    public static void Holds(TestResult result, string rule) =>
        Assert.True(result.IsSuccessful, $"{rule}; broken by: {string.Join(", ", result.FailingTypeNames ?? [])}");

    public static void NoViolations(IEnumerable<string> violations)
    {
        var list = violations.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }
}
