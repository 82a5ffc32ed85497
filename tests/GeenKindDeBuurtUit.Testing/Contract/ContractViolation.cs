namespace GeenKindDeBuurtUit.Testing.Contract;

/// <summary>One way an answer differs from the document, named so a report can group them.</summary>
public sealed record ContractViolation(string Operation, int Status, string Kind, string Message)
{
    public const string UndocumentedOperation = "undocumented operation";
    public const string UndocumentedStatus = "undocumented status";
    public const string UndocumentedHeader = "undocumented header";
    public const string UndocumentedMediaType = "undocumented media type";
    public const string BodyMismatch = "body mismatch";

    public override string ToString() => $"{Operation} -> {Status}: {Kind}: {Message}";
}

/// <summary>Thrown from the client's handler, so the test that received the answer fails with the reason.</summary>
public sealed class ContractViolationException(IReadOnlyList<ContractViolation> violations)
    : Xunit.Sdk.XunitException(
        "The answer breaks the served OpenAPI document (set CONTRACT_VALIDATION=off only to diagnose locally):\n  "
        + string.Join("\n  ", violations))
{
    public IReadOnlyList<ContractViolation> Violations { get; } = violations;
}
