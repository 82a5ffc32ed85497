using GeenKindDeBuurtUit.Testing.Contract;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>Findings grouped by kind and operation, one example each, so a failure reads as a to-do list.</summary>
internal static class FuzzReport
{
    public static string Describe(IReadOnlyList<ContractViolation> findings) =>
        string.Join('\n', findings
            .GroupBy(f => (f.Kind, f.Operation))
            .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenByDescending(g => g.Count())
            .Select(g => $"{g.Key.Kind} x{g.Count()} at {g.Key.Operation}, e.g. {g.First().Message}"));
}
