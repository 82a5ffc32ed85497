using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Application.Approaches;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Approaches;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

// The bodies exactly as the contract writes them; ids and If-Match come from the route and headers.
// The attributes are the wire shape the OpenAPI document publishes and the API checks before binding
// (docs/adr/0027); the commands' validators keep the rules that need more than the shape. A body
// that reached ToCommand passed that check, so its required members are there and its wire names
// parse (docs/adr/0038).
internal sealed record OpenSupportCaseRequest(
    [property: Required] Guid? SchoolId,
    [property: Required, StringLength(PupilReference.MaxLength, MinimumLength = 1), RegularExpression(OpenSupportCaseRequest.PupilReferencePattern)] string? PupilRef,
    [property: Required, MinLength(1), MaxLength(7), WireValues(typeof(Need))] IReadOnlyList<string?>? Needs,
    [property: Required, Range(1, 3)] int? Level,
    DateOnly? OpenedOn)
{
    /// <summary>Letters, digits, '-', '_', '.' and ':' (a BSN or an ECK iD is refused as well).</summary>
    public const string PupilReferencePattern = "^[A-Za-z0-9._:-]+$";

    public static OpenSupportCaseRequest Example => new(PilotExamples.School, "LAS-2026-0042", ["language", "behaviour"], 2, PilotExamples.Day);

    public OpenSupportCase ToCommand() =>
        new(SchoolId!.Value, PupilRef!, Needs!.Select(n => WireName.Parse<Need>(n!)).ToList(), Level!.Value, OpenedOn);
}

internal sealed record InvolvementRequest([property: Required, WireValues(typeof(InvolvedParty))] string? Party, [property: Required] DateOnly? On)
{
    public static InvolvementRequest Example => new("parents", PilotExamples.Day);

    public RecordInvolvement ToCommand(Guid caseId, string? ifMatch) => new(caseId, ifMatch, WireName.Parse<InvolvedParty>(Party!), On!.Value);
}

internal sealed record OppRequest([property: Required] DateOnly? EstablishedOn)
{
    public static OppRequest Example => new(PilotExamples.Day);

    public EstablishOpp ToCommand(Guid caseId, string? ifMatch) => new(caseId, ifMatch, EstablishedOn!.Value);
}

internal sealed record LevelRequest([property: Required, Range(1, 5)] int? Level, [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason, DateOnly? On)
{
    public static LevelRequest Example => new(3, "Extra care with the internal coach.", PilotExamples.Day);

    public ChangeLevel ToCommand(Guid caseId, string? ifMatch) => new(caseId, ifMatch, Level!.Value, Reason!, On);
}

internal sealed record OtMeetingRequest(
    [property: Required] DateOnly? HeldOn,
    [property: Required, MinLength(1), MaxLength(50)] IReadOnlyList<OtParticipant?>? Participants,
    [property: Required, WireValues(typeof(OtDecision))] string? Decision,
    OtReferralChoice? Referral)
{
    public static OtMeetingRequest Example => new(PilotExamples.Day, [new("swv"), new("school"), new("parents")], "refer", new("so", "low"));

    public HoldOtMeeting ToCommand(Guid caseId, string? ifMatch) => new(
        caseId,
        ifMatch,
        HeldOn!.Value,
        Participants!.Select(p => WireName.Parse<OtRole>(p!.Role!)).ToList(),
        WireName.Parse<OtDecision>(Decision!),
        Referral is { } referral
            ? new ReferralChoice(WireName.Parse<ReferralType>(referral.Type!), referral.Category is { } category ? WireName.Parse<SoCategory>(category) : null)
            : null);
}

internal sealed record OtParticipant([property: Required, WireValues(typeof(OtRole))] string? Role);

/// <summary>An SO referral names its funding category; an SBO referral has none.</summary>
internal sealed record OtReferralChoice([property: Required, WireValues(typeof(ReferralType))] string? Type, [property: WireValues(typeof(SoCategory))] string? Category);

internal sealed record DatedReasonRequest([property: Required] DateOnly? On, [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static DatedReasonRequest Example => new(PilotExamples.Day, "An arrangement in the neighbourhood was found.");

    public WithdrawReferral ToWithdrawReferral(Guid caseId, string? ifMatch) => new(caseId, ifMatch, On!.Value, Reason!);

    public CloseSupportCase ToCloseSupportCase(Guid caseId, string? ifMatch) => new(caseId, ifMatch, On!.Value, Reason!);
}

internal sealed record ThuiszitterRequest([property: Required] DateOnly? Since, [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static ThuiszitterRequest Example => new(PilotExamples.Day, "No place at a school that fits.");

    public StartThuiszitterPeriod ToCommand(Guid caseId, string? ifMatch) => new(caseId, ifMatch, Since!.Value, Reason!);
}

internal sealed record EndThuiszitterRequest([property: Required] DateOnly? On)
{
    public static EndThuiszitterRequest Example => new(PilotExamples.Day);

    public EndThuiszitterPeriod ToCommand(Guid caseId, string? ifMatch) => new(caseId, ifMatch, On!.Value);
}

internal sealed record EscalationRequest(
    [property: Required, WireValues(typeof(EscalationTarget))] string? To,
    [property: Required] DateOnly? On,
    [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static EscalationRequest Example => new("okt", PilotExamples.Day, "The family needs support at home.");

    public EscalateSupportCase ToCommand(Guid caseId, string? ifMatch) => new(caseId, ifMatch, WireName.Parse<EscalationTarget>(To!), On!.Value, Reason!);
}

internal sealed record LinkApproachRequest([property: Required] Guid? ApproachId)
{
    public LinkCollectiveApproach ToCommand(Guid caseId, string? ifMatch) => new(caseId, ifMatch, ApproachId!.Value);
}

internal sealed record AgreeApproachRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string? Name,
    [property: Required, MinLength(1), MaxLength(7), WireValues(typeof(Need))] IReadOnlyList<string?>? Needs,
    [property: Required, WireValues(typeof(ApproachLevel))] string? Level,
    [property: Required] Guid? TargetId,
    [property: Required, MinLength(1), MaxLength(50)] IReadOnlyList<Guid>? SchoolIds,
    [property: Required] DateOnly? StartsOn,
    DateOnly? EndsOn,
    [property: Required, Range(1, 10_000)] int? ExpectedChildren)
{
    public static AgreeApproachRequest Example => new(
        "Start class for young children", ["early-childhood"], "school", PilotExamples.School, [PilotExamples.School], PilotExamples.Day, null, 12);

    public AgreeCollectiveApproach ToCommand() => new(
        Name!,
        Needs!.Select(n => WireName.Parse<Need>(n!)).ToList(),
        WireName.Parse<ApproachLevel>(Level!),
        TargetId!.Value,
        SchoolIds!,
        StartsOn!.Value,
        EndsOn,
        ExpectedChildren!.Value);
}

/// <summary>The pupil reference travels in the body, never in a URL, so no access log holds it.</summary>
internal sealed record CaseLookupRequest(
    [property: Required] Guid? SchoolId,
    [property: Required, StringLength(PupilReference.MaxLength, MinimumLength = 1), RegularExpression(OpenSupportCaseRequest.PupilReferencePattern)] string? PupilRef)
{
    public static CaseLookupRequest Example => new(PilotExamples.School, "LAS-2026-0042");

    public LookUpSupportCases ToQuery(int? page, int? pageSize) => new(SchoolId!.Value, PupilRef!, page, pageSize);
}
