namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;

/// <summary>412: the client's <c>If-Match</c> names a version that someone else has changed since.</summary>
public sealed class PreconditionFailedException(string resource, string expected, string actual)
    : Exception($"{resource} has changed: the request expected version {expected}, the current version is {actual}.");
