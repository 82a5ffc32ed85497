using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Domain.Approaches;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Approaches;

public sealed record CollectiveApproachDto(
    Guid Id,
    string Name,
    [property: WireValues(typeof(Need))] IReadOnlyList<string> Needs,
    [property: WireValues(typeof(ApproachLevel))] string Level,
    Guid TargetId,
    IReadOnlyList<Guid> SchoolIds,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    int ExpectedChildren,
    string Version);
