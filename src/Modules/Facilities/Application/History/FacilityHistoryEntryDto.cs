using GeenKindDeBuurtUit.Facilities.Domain.History;

namespace GeenKindDeBuurtUit.Facilities.Application.History;

/// <summary>One change: who (a <c>sub</c>, or <c>system:ben-map</c>), when, what, and the fields it touched (free text by name only).</summary>
public sealed record FacilityHistoryEntryDto(DateTimeOffset At, string By, HistoryAction Action, IReadOnlyList<FieldChangeDto> Changes);

public sealed record FieldChangeDto(string Field, string? From, string? To);
