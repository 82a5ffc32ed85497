using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Approaches;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

// The bodies exactly as the contract writes them; ids and If-Match come from the route and headers.
// The attributes are the wire shape the OpenAPI document publishes and the API checks before binding
// (docs/adr/0027); the commands' validators keep the rules that need more than the shape.
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
}

internal sealed record InvolvementRequest([property: Required, WireValues(typeof(InvolvedParty))] string? Party, [property: Required] DateOnly? On)
{
    public static InvolvementRequest Example => new("parents", PilotExamples.Day);
}

internal sealed record OppRequest([property: Required] DateOnly? EstablishedOn)
{
    public static OppRequest Example => new(PilotExamples.Day);
}

internal sealed record LevelRequest([property: Required, Range(1, 5)] int? Level, [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason, DateOnly? On)
{
    public static LevelRequest Example => new(3, "Extra care with the internal coach.", PilotExamples.Day);
}

internal sealed record OtMeetingRequest(
    [property: Required] DateOnly? HeldOn,
    [property: Required, MinLength(1), MaxLength(50)] IReadOnlyList<OtParticipant?>? Participants,
    [property: Required, WireValues(typeof(OtDecision))] string? Decision,
    OtReferralChoice? Referral)
{
    public static OtMeetingRequest Example => new(PilotExamples.Day, [new("swv"), new("school"), new("parents")], "refer", new("so", "low"));
}

internal sealed record DatedReasonRequest([property: Required] DateOnly? On, [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static DatedReasonRequest Example => new(PilotExamples.Day, "An arrangement in the neighbourhood was found.");
}

internal sealed record ThuiszitterRequest([property: Required] DateOnly? Since, [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static ThuiszitterRequest Example => new(PilotExamples.Day, "No place at a school that fits.");
}

internal sealed record EndThuiszitterRequest([property: Required] DateOnly? On)
{
    public static EndThuiszitterRequest Example => new(PilotExamples.Day);
}

internal sealed record EscalationRequest(
    [property: Required, WireValues(typeof(EscalationTarget))] string? To,
    [property: Required] DateOnly? On,
    [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static EscalationRequest Example => new("okt", PilotExamples.Day, "The family needs support at home.");
}

internal sealed record LinkApproachRequest([property: Required] Guid? ApproachId);

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
}

/// <summary>The pupil reference travels in the body, never in a URL, so no access log holds it.</summary>
internal sealed record CaseLookupRequest(
    [property: Required] Guid? SchoolId,
    [property: Required, StringLength(PupilReference.MaxLength, MinimumLength = 1), RegularExpression(OpenSupportCaseRequest.PupilReferencePattern)] string? PupilRef)
{
    public static CaseLookupRequest Example => new(PilotExamples.School, "LAS-2026-0042");
}
