namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;

/// <summary>Turns a property path (<c>Participants[0].Role</c>) into the JSON field path a client sent (<c>participants[0].role</c>).</summary>
public static class FieldPath
{
    public static string ToJson(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
