namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>The contract's SupportCase, plus the history the contract allows us to add.</summary>
public sealed record SupportCaseDto(
    Guid Id,
    Guid SchoolId,
    string PupilRef,
    IReadOnlyList<string> Needs,
    DateOnly OpenedOn,
    int Level,
    DateOnly? OppEstablishedOn,
    IReadOnlyList<InvolvementDto> Involvements,
    string Status,
    ReferralDto? Referral,
    string Version,
    IReadOnlyList<LevelChangeDto> LevelHistory,
    IReadOnlyList<OtMeetingDto> OtMeetings,
    IReadOnlyList<ThuiszitterPeriodDto> ThuiszitterPeriods,
    IReadOnlyList<EscalationDto> Escalations,
    Guid? CollectiveApproachId,
    DateOnly? ClosedOn);

public sealed record InvolvementDto(string Party, DateOnly On);

public sealed record ReferralDto(string Type, string? Category, string SchoolYear, DateOnly DecidedOn, DateOnly? WithdrawnOn);

public sealed record LevelChangeDto(int From, int To, DateOnly On, string Reason);

public sealed record OtMeetingDto(Guid Id, DateOnly HeldOn, IReadOnlyList<ParticipantDto> Participants, string Decision, ReferralChoiceDto? Referral);

public sealed record ParticipantDto(string Role);

public sealed record ReferralChoiceDto(string Type, string? Category);

public sealed record ThuiszitterPeriodDto(DateOnly Since, string Reason, DateOnly? EndedOn);

public sealed record EscalationDto(string To, DateOnly On, string Reason);
