using System.Text.Json;

namespace GeenKindDeBuurtUit.Testing.Contract;

/// <summary>
/// With <c>CONTRACT_VIOLATIONS_LOG=&lt;folder&gt;</c>, every violation is also appended as a JSON
/// line, so a run of the whole suite can be summed up by operation and kind.
/// </summary>
public static class ContractViolationLog
{
    private static readonly Lock Gate = new();

    public static void Write(IEnumerable<ContractViolation> violations, string source = "suite")
    {
        var folder = Environment.GetEnvironmentVariable("CONTRACT_VIOLATIONS_LOG");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        // One file per test process: the test assemblies run side by side.
        var file = Path.Combine(folder, $"violations-{Environment.ProcessId}.jsonl");
        var lines = violations.Select(v => JsonSerializer.Serialize(new { source, v.Operation, v.Status, v.Kind, v.Message }));
        lock (Gate)
        {
            File.AppendAllLines(file, lines);
        }
    }
}
