namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>One generated request. <see cref="Body"/> null with <see cref="BodyKind"/> "no body" sends no content at all.</summary>
internal sealed record FuzzCase(
    string Operation,
    string Method,
    string Path,
    string BodyKind,
    string? Body,
    string? ContentType,
    string Caller,
    string? Token,
    string? Accept,
    string? IdempotencyKey)
{
    public override string ToString() =>
        $"{Method} {Path} as {Caller}, Accept {Accept ?? "(none)"}{(IdempotencyKey is null ? "" : ", Idempotency-Key")}, body {BodyKind}: {Excerpt(Body)}";

    public static string Excerpt(string? text, int length = 160) =>
        text is null ? "(none)" : text.Length <= length ? text : text[..length] + $"... ({text.Length} chars)";
}
