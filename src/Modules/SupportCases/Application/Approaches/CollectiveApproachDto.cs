namespace GeenKindDeBuurtUit.SupportCases.Application.Approaches;

public sealed record CollectiveApproachDto(
    Guid Id,
    string Name,
    IReadOnlyList<string> Needs,
    string Level,
    Guid TargetId,
    IReadOnlyList<Guid> SchoolIds,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    int ExpectedChildren,
    string Version);
