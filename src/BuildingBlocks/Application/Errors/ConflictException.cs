namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

/// <summary>409: a duplicate that cannot be merged with what is already there.</summary>
/// <param name="extensions">
/// Problem-details extension members the answer carries, such as the id of what is already
/// there, so a client can go on from it instead of searching for it.
/// </param>
public sealed class ConflictException(string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
