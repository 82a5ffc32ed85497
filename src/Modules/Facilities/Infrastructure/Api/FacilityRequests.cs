using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Facilities.Application.Reports;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Reports;
using GeenKindDeBuurtUit.Facilities.Domain.Rules;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Api;

// The bodies exactly as the contract writes them (docs/adr/0027): the attributes are the wire shape the
// OpenAPI document publishes and the API checks before binding; the commands' validators keep the rest.
[Description("A point in WGS84 degrees within the Netherlands.")]
internal sealed record LocationRequest(
    [property: Required, Range(Netherlands.MinLatitude, Netherlands.MaxLatitude), Description("Latitude north, WGS84 degrees.")] double? Lat,
    [property: Required, Range(Netherlands.MinLongitude, Netherlands.MaxLongitude), Description("Longitude east, WGS84 degrees.")] double? Lon)
{
    public LocationDto ToDto() => new(Lat!.Value, Lon!.Value);
}

internal sealed record ContactRequest(
    [property: Url, StringLength(FacilityBody.MaxUrl), Description("An absolute http or https address.")] string? Url,
    [property: RegularExpression(FacilityBody.PhonePattern), StringLength(FacilityBody.MaxPhone), Description("Digits, spaces, brackets and dashes, optionally after a leading +.")] string? Phone,
    [property: EmailAddress, StringLength(FacilityBody.MaxEmail)] string? Email)
{
    public ContactDto ToDto() => new(Url, Phone, Email);
}

internal sealed record FacilityRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string? Name,
    [property: Required, WireValues(typeof(FacilityKind))] string? Kind,
    [property: StringLength(FacilityBody.MaxDescription)] string? Description,
    [property: Required, StringLength(FacilityBody.MaxAddress, MinimumLength = 1)] string? Address,
    [property: Required] LocationRequest? Location,
    [property: Required, Description("One of the programme's areas.")] Guid? AreaId,
    [property: Required, MaxLength(7), WireValues(typeof(Need)), Description("The support needs it helps with (the support cases' needs values); may be empty.")] IReadOnlyList<string?>? Offers,
    [property: Range(0, AgeRangeRule.MaxAge)] int? AgeFrom,
    [property: Range(0, AgeRangeRule.MaxAge), Description("At least ageFrom.")] int? AgeTo,
    [property: Required] ContactRequest? Contact,
    [property: Required, StringLength(FacilityBody.MaxSub, MinimumLength = 1), RegularExpression(FacilityBody.SubPattern), Description("The sub of the partner organisation's account that keeps it current, as its token carries it.")] string? StewardSub)
{
    public static FacilityRequest Example => new(
        "Ouder- en Kindteam Osdorp", "okt", "Opvoedvragen, ontwikkeling en zorg voor kinderen van 0 tot 18.", "Tussen Meer 1, 1069 Amsterdam",
        new LocationRequest(52.3585, 4.7990), PilotExamples.Area, ["behaviour", "early-childhood"], 0, 18,
        new ContactRequest("https://www.oktamsterdam.nl", "020 555 0100", "osdorp@example.org"), "partner-okt-west");

    public CreateFacility ToCommand() => new(
        Name!, WireName.Parse<FacilityKind>(Kind!), Description, Address!, Location!.ToDto(), AreaId!.Value, Needs(), AgeFrom, AgeTo, Contact!.ToDto(), StewardSub!);

    public UpdateFacility ToCommand(Guid facilityId, string? ifMatch) => new(
        facilityId, ifMatch, Name!, WireName.Parse<FacilityKind>(Kind!), Description, Address!, Location!.ToDto(), AreaId!.Value, Needs(), AgeFrom, AgeTo, Contact!.ToDto(), StewardSub!);

    private List<Need> Needs() => [.. Offers!.Select(o => WireName.Parse<Need>(o!))];
}

internal sealed record ConfirmationRequest
{
    public static ConfirmationRequest Example => new();
}

internal sealed record ReportRequest(
    [property: Required, WireValues(typeof(ReportKind))] string? Kind,
    [property: Required, StringLength(1000, MinimumLength = 1), Description("What is wrong; never a pupil's name or number.")] string? Note)
{
    public static ReportRequest Example => new("closed", "The building has been empty since the summer holidays.");

    public ReportFacility ToCommand(Guid facilityId, string? ifMatch) => new(facilityId, ifMatch, WireName.Parse<ReportKind>(Kind!), Note!);
}

internal sealed record WithdrawalRequest([property: Required] DateOnly? On, [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static WithdrawalRequest Example => new(PilotExamples.Day, "The organisation stopped this service.");

    public WithdrawFacility ToCommand(Guid facilityId, string? ifMatch) => new(facilityId, ifMatch, On!.Value, Reason!);
}
