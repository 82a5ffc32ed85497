using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>The contract's SupportCase, plus the history the contract allows us to add.</summary>
public sealed record SupportCaseDto(
    Guid Id,
    Guid SchoolId,
    string PupilRef,
    [property: WireValues(typeof(Need))] IReadOnlyList<string> Needs,
    DateOnly OpenedOn,
    [property: Range(1, 5)] int Level,
    DateOnly? OppEstablishedOn,
    IReadOnlyList<InvolvementDto> Involvements,
    [property: WireValues(typeof(CaseStatus))] string Status,
    ReferralDto? Referral,
    string Version,
    IReadOnlyList<LevelChangeDto> LevelHistory,
    IReadOnlyList<OtMeetingDto> OtMeetings,
    IReadOnlyList<ThuiszitterPeriodDto> ThuiszitterPeriods,
    IReadOnlyList<EscalationDto> Escalations,
    Guid? CollectiveApproachId,
    DateOnly? ClosedOn);

public sealed record InvolvementDto([property: WireValues(typeof(InvolvedParty))] string Party, DateOnly On);

public sealed record ReferralDto([property: WireValues(typeof(ReferralType))] string Type, [property: WireValues(typeof(SoCategory))] string? Category, string SchoolYear, DateOnly DecidedOn, DateOnly? WithdrawnOn);

public sealed record LevelChangeDto([property: Range(1, 5)] int From, [property: Range(1, 5)] int To, DateOnly On, string Reason);

public sealed record OtMeetingDto(Guid Id, DateOnly HeldOn, IReadOnlyList<ParticipantDto> Participants, [property: WireValues(typeof(OtDecision))] string Decision, ReferralChoiceDto? Referral);

public sealed record ParticipantDto([property: WireValues(typeof(OtRole))] string Role);

public sealed record ReferralChoiceDto([property: WireValues(typeof(ReferralType))] string Type, [property: WireValues(typeof(SoCategory))] string? Category);

public sealed record ThuiszitterPeriodDto(DateOnly Since, string Reason, DateOnly? EndedOn);

public sealed record EscalationDto([property: WireValues(typeof(EscalationTarget))] string To, DateOnly On, string Reason);
