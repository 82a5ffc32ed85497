using Microsoft.Extensions.Primitives;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> request header. The draft defines it as a structured-field string
/// (<c>"…"</c>); a bare value is accepted too, because many clients send a plain UUID.
/// </summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 255;

    public static bool TryParse(StringValues values, out string key, out string error)
    {
        key = string.Empty;
        if (values.Count != 1)
        {
            error = "Send one Idempotency-Key.";
            return false;
        }

        var value = values[0]!.Trim();
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        if (value.Length is 0 or > MaxLength)
        {
            error = $"An Idempotency-Key holds 1 to {MaxLength} characters.";
            return false;
        }

        // Structured-field strings are printable ASCII; anything else is a client bug worth reporting.
        if (value.Any(c => c is < ' ' or > '~'))
        {
            error = "An Idempotency-Key holds printable ASCII characters only.";
            return false;
        }

        key = value;
        error = string.Empty;
        return true;
    }
}
