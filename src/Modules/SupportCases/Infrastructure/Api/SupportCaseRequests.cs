using GeenKindDeBuurtUit.SupportCases.Application.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

// The bodies exactly as the contract writes them; ids and If-Match come from the route and headers.
internal sealed record OpenSupportCaseRequest(Guid? SchoolId, string? PupilRef, IReadOnlyList<string?>? Needs, int? Level, DateOnly? OpenedOn);

internal sealed record InvolvementRequest(string? Party, DateOnly? On);

internal sealed record OppRequest(DateOnly? EstablishedOn);

internal sealed record LevelRequest(int? Level, string? Reason, DateOnly? On);

internal sealed record OtMeetingRequest(DateOnly? HeldOn, IReadOnlyList<OtParticipant?>? Participants, string? Decision, OtReferralChoice? Referral);

internal sealed record DatedReasonRequest(DateOnly? On, string? Reason);

internal sealed record ThuiszitterRequest(DateOnly? Since, string? Reason);

internal sealed record EndThuiszitterRequest(DateOnly? On);

internal sealed record EscalationRequest(string? To, DateOnly? On, string? Reason);

internal sealed record LinkApproachRequest(Guid? ApproachId);

internal sealed record AgreeApproachRequest(
    string? Name, IReadOnlyList<string?>? Needs, string? Level, Guid? TargetId, IReadOnlyList<Guid>? SchoolIds, DateOnly? StartsOn, DateOnly? EndsOn, int? ExpectedChildren);

internal sealed record CaseLookupRequest(Guid? SchoolId, string? PupilRef);
