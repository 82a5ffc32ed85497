namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

/// <summary>Invalid input (400). Keys are field paths as the client sent them; nothing was stored.</summary>
public sealed class InvalidRequestException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static InvalidRequestException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
