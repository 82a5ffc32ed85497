namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

/// <summary>
/// 404: the id is unknown, or lies outside the caller's scope. Both answer the same on purpose,
/// so a caller cannot learn that someone else's record exists.
/// </summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"There is no {resource.ToLowerInvariant()} '{id}' in your scope: the id is unknown, or outside what your token may see.")
{
    public string Resource { get; } = resource;
}
