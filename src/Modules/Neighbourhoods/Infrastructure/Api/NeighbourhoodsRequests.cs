using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Api;

// The attributes are the wire shape the OpenAPI document publishes and the API checks before binding (docs/adr/0027);
// a body that reaches ToCommand has every required member, so that is where the nullables are unwrapped, once.
internal sealed record RegisterAreaRequest([property: Required, StringLength(200, MinimumLength = 1)] string? Name)
{
    public static RegisterAreaRequest Example => new("Geuzenveld-Slotermeer");

    public RegisterArea ToCommand() => new(Name!);
}

internal sealed record RegisterClusterRequest([property: Required, StringLength(200, MinimumLength = 1)] string? Name, [property: Required] Guid? AreaId)
{
    public static RegisterClusterRequest Example => new("Osdorp cluster 4", PilotExamples.Area);

    public RegisterCluster ToCommand() => new(Name!, AreaId!.Value);
}

internal sealed record RegisterBoardRequest([property: Required, StringLength(200, MinimumLength = 1)] string? Name)
{
    public static RegisterBoardRequest Example => new("Placeholder board D (example, not a real board)");

    public RegisterBoard ToCommand() => new(Name!);
}

internal sealed record RegisterSchoolRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string? Name,
    [property: RegularExpression("^[0-9]{2}[A-Z0-9]{2}$"), Description("The school's BRIN code (DUO), e.g. 12AB; null when unknown.")] string? Brin,
    [property: Required] Guid? BoardId,
    [property: Required] Guid? ClusterId)
{
    public static RegisterSchoolRequest Example => new("IKC De Vlinder (example)", null, PilotExamples.Board, PilotExamples.Cluster);

    public RegisterSchool ToCommand() => new(Name!, Brin, BoardId!.Value, ClusterId!.Value);
}

internal sealed record MoveSchoolRequest([property: Required] Guid? ClusterId)
{
    public static MoveSchoolRequest Example => new(PilotExamples.Cluster);

    public MoveSchool ToCommand(Guid schoolId, string? ifMatch) => new(schoolId, ifMatch, ClusterId!.Value);
}

internal sealed record LocateSchoolRequest(
    [property: Required, Range(Netherlands.MinLatitude, Netherlands.MaxLatitude), Description("Latitude in WGS84 degrees, within the Netherlands.")] double? Lat,
    [property: Required, Range(Netherlands.MinLongitude, Netherlands.MaxLongitude), Description("Longitude in WGS84 degrees, within the Netherlands.")] double? Lon)
{
    public static LocateSchoolRequest Example => new(52.3585, 4.799);

    public LocateSchool ToCommand(Guid schoolId, string? ifMatch) => new(schoolId, ifMatch, Lat!.Value, Lon!.Value);
}
