using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Application.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using ExpertiseArea = GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals.Expertise;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using RequestUrgency = GeenKindDeBuurtUit.ExpertisePool.Domain.Requests.Urgency;

namespace GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Api;

// The bodies exactly as the contract writes them; ids and If-Match come from the route and headers.
// The attributes are the wire shape the OpenAPI document publishes and the API checks before binding
// (docs/adr/0027); the commands' validators keep the rules that need more than the shape. Each body
// becomes its typed command once, after that check: the only place its nullables are taken as present.
internal sealed record RegisterProfessionalRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string? Name,
    [property: Required, StringLength(200, MinimumLength = 1)] string? Organisation,
    [property: Required, MinLength(1), MaxLength(7), WireValues(typeof(ExpertiseArea))] IReadOnlyList<string?>? Expertise,
    [property: Required, MinLength(1), MaxLength(50)] IReadOnlyList<Guid>? AreaIds,
    [property: Required, Range(0.0, 40.0, MinimumIsExclusive = true), Description("Hours per week, more than 0 and at most 40, at most 2 decimals.")] decimal? HoursPerWeek)
{
    public static RegisterProfessionalRequest Example => new("A. de Vries", "SPO West", ["tos", "language"], [PilotExamples.Area], 16m);

    public RegisterProfessional ToCommand() =>
        new(Name!, Organisation!, Expertise!.Select(e => WireName.Parse<ExpertiseArea>(e!)).ToList(), AreaIds!, HoursPerWeek!.Value);
}

internal sealed record DeactivationRequest([property: Required] DateOnly? On)
{
    public static DeactivationRequest Example => new(PilotExamples.Day);

    public DeactivateProfessional ToCommand(Guid professionalId, string? ifMatch) => new(professionalId, ifMatch, On!.Value);
}

[Description("Either schoolId or clusterId, not both.")]
internal sealed record MakeExpertiseRequestBody(
    Guid? SchoolId,
    Guid? ClusterId,
    [property: Required, WireValues(typeof(ExpertiseArea))] string? Expertise,
    [property: Required, Range(0.0, 40.0, MinimumIsExclusive = true), Description("More than 0 and at most 40, at most 2 decimals.")] decimal? Hours,
    [property: WireValues(typeof(RequestUrgency))] string? Urgency,
    Guid? SupportCaseId,
    [property: StringLength(1000)] string? Note)
{
    public static MakeExpertiseRequestBody Example => new(PilotExamples.School, null, "tos", 6m, "normal", null, "Observation in group 3 and advice for the teacher.");

    public MakeExpertiseRequest ToCommand() => new(
        SchoolId, ClusterId, WireName.Parse<ExpertiseArea>(Expertise!), Hours!.Value, Urgency is { } urgency ? WireName.Parse<RequestUrgency>(urgency) : null, SupportCaseId, Note);
}

internal sealed record AssignmentRequest(Guid? ProfessionalId)
{
    public static AssignmentRequest Example => new((Guid?)null);
}

internal sealed record HoursRequest(
    [property: Required] DateOnly? On,
    [property: Required, Range(0.0, 24.0, MinimumIsExclusive = true), Description("More than 0 and at most 24, at most 2 decimals.")] decimal? Hours)
{
    public static HoursRequest Example => new(PilotExamples.Day, 1.5m);

    public LogHours ToCommand(Guid requestId, string? ifMatch) => new(requestId, ifMatch, On!.Value, Hours!.Value);
}

internal sealed record CompletionRequest([property: Required] DateOnly? On)
{
    public static CompletionRequest Example => new(PilotExamples.Day);

    public CompleteExpertiseRequest ToCommand(Guid requestId, string? ifMatch) => new(requestId, ifMatch, On!.Value);
}

internal sealed record CancellationRequest([property: Required] DateOnly? On, [property: Required, StringLength(1000, MinimumLength = 1)] string? Reason)
{
    public static CancellationRequest Example => new(PilotExamples.Day, "The school found the help it needed elsewhere.");

    public CancelExpertiseRequest ToCommand(Guid requestId, string? ifMatch) => new(requestId, ifMatch, On!.Value, Reason!);
}
