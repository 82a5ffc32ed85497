namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

/// <summary>
/// An answer together with the version of the aggregate it was read from, for the endpoint to
/// send as the <c>ETag</c> when the representation itself has no <c>version</c> field.
/// </summary>
public sealed record Versioned<T>(T Value, string Version);
