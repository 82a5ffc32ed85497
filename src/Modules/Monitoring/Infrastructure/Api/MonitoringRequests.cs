using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Monitoring.Application.Observations;
using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Api;

// The bodies exactly as documented; ids come from the route. The attributes are the wire shape the
// OpenAPI document publishes and the API checks before binding (docs/adr/0027).
internal sealed record TargetRequest(
    [property: Required, Range(0.0, 100.0), Description("Percent fewer referrals than the year before, 0 to 100, at most 2 decimals.")] decimal? ReductionPct)
{
    public static TargetRequest Example => new(30m);

    public SetTarget ToCommand(string schoolYear, string? ifMatch) => new(schoolYear, ReductionPct!.Value, ifMatch);
}

[Description("Either areaId or clusterId, not both.")]
internal sealed record ObservationRequest(
    [property: Required] DateOnly? On,
    Guid? AreaId,
    Guid? ClusterId,
    [property: Required, MinLength(1), MaxLength(7), Range(1, 7), Description("Guiding principles 1-7 the observation speaks to.")] IReadOnlyList<int>? Principles,
    [property: Required, StringLength(Observation.MaxTextLength, MinimumLength = 1), Description("No names, no BSN, no ECK iD.")] string? Text,
    [property: Required, WireValues(typeof(AuthorRole))] string? AuthorRole)
{
    public static ObservationRequest Example => new(
        PilotExamples.Day, null, PilotExamples.Cluster, [1, 4], "Parents joined the first morning of the start class; the teachers want to repeat it.", "school");

    public RecordObservation ToCommand() => new(On!.Value, AreaId, ClusterId, Principles!, Text!, WireName.Parse<AuthorRole>(AuthorRole!));
}
