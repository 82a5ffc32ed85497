namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

/// <summary>
/// 404: the id is unknown, or lies outside the caller's scope. Both answer the same on purpose,
/// so a caller cannot learn that someone else's record exists.
/// </summary>
public sealed class NotFoundException(string resource, object id) : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}
