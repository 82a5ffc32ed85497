namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Api;

/// <summary>
/// Endpoint metadata: a 200 answer also goes out as <paramref name="MediaType"/> with the shape of
/// <paramref name="Schema"/>, for the OpenAPI document to describe beside the JSON answer.
/// </summary>
public sealed record AnswerMediaType(string MediaType, Type Schema, string Description);
