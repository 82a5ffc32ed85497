namespace GeenKindDeBuurtUit.Facilities.Domain.History;

/// <summary>
/// One field a change touched, by its wire name (<c>location.lat</c>). Free text (a description, a
/// note, a reason) is named without its values: the history shows that it changed, not what it said.
/// </summary>
public sealed record FieldChange(string Field, string? From, string? To);
