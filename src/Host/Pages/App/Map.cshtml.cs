using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Rules;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Platform.Geography;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// The BEN map (docs/adr/0063): an area's schools and the facilities the Facilities module lists for it, filtered by
/// need and age with a plain GET form, and "near this school" as the list ordered by distance. The list is the page;
/// the map draws its rows. Every role may read the map, as the API lets every role list facilities.
/// </summary>
[Authorize(Roles = Readers)]
public sealed class MapModel(ISender sender, IOptionsMonitor<MapOptions> map) : PageBase
{
    public const string Readers = $"{Roles.School},{Roles.Swv},{Roles.Coordinator},{Roles.Treasurer},{Roles.Analyst},{Roles.Admin},{Roles.Partner}";

    /// <summary>Ages a child on the map can have, as a facility's ages run; the form refuses others.</summary>
    public const int MaxAge = AgeRangeRule.MaxAge;

    /// <summary>The area; the first by name when not given.</summary>
    [BindProperty(SupportsGet = true, Name = "gebied")]
    public Guid? Gebied { get; set; }

    /// <summary>Needs on the wire (<c>early-childhood</c>): facilities helping with any of them.</summary>
    [BindProperty(SupportsGet = true, Name = "behoefte")]
    public List<string> Behoefte { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "leeftijd")]
    public int? Leeftijd { get; set; }

    /// <summary>The school the list is ordered from, nearest first; one of the area's.</summary>
    [BindProperty(SupportsGet = true, Name = "school")]
    public Guid? School { get; set; }

    public IMapTexts Texts => MapTexts.For(Language);

    public MapOptions Tiles { get; } = map.CurrentValue;

    public IReadOnlyList<string> NeedChoices { get; } = [.. Enum.GetValues<Need>().Select(need => WireName.Of(need))];

    public IReadOnlyList<AreaDto> Areas { get; private set; } = [];

    public AreaDto? Area { get; private set; }

    /// <summary>The area's schools by name, to choose "near" from.</summary>
    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];

    public SchoolDto? NearSchool { get; private set; }

    /// <summary>Every point the map shows, and schools without a place yet, in the list's order.</summary>
    public IReadOnlyList<MapPoint> Points { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Leeftijd is < 0 or > MaxAge || Behoefte.Any(need => !WireName.TryParse<Need>(need, out _)))
        {
            return RefusalPage(StatusCodes.Status400BadRequest);
        }

        try
        {
            await LoadAsync(cancellationToken);
        }
        catch (Exception refused) when (refused is InvalidRequestException or NotFoundException or ForbiddenException)
        {
            return Refusal(refused);
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Areas = [.. (await sender.Send(new ListAreas(), cancellationToken)).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
        if (Areas.Count == 0)
        {
            return;
        }

        Area = Gebied is { } chosen ? Areas.FirstOrDefault(a => a.Id == chosen) ?? throw new NotFoundException("Area", chosen) : Areas[0];
        Gebied = Area.Id;
        Schools = [.. (await sender.Send(new ListSchools(), cancellationToken)).Where(s => s.AreaId == Area.Id).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];

        // A school of another area is what a form keeps when only its area was changed: the list then starts from no school.
        NearSchool = School is { } near ? Schools.FirstOrDefault(s => s.Id == near) : null;
        School = NearSchool?.Id;

        var facilities = await FacilitiesAsync(Area.Id, cancellationToken);
        var points = Schools.Select(MapPoint.Of).Concat(facilities.Select(MapPoint.Of));
        Points = NearSchool?.Location is { } origin
            ? [.. points.Select(p => p.From(new GeoPoint(origin.Lat, origin.Lon))).OrderBy(p => p.DistanceM ?? double.MaxValue).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)]
            : [.. points.OrderBy(p => p.IsSchool ? 0 : 1).ThenBy(p => p.IsSchool ? string.Empty : p.Layer, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Every page of the area's facilities the reader may see on the map, as the API lists them.</summary>
    private async Task<IReadOnlyList<FacilityDto>> FacilitiesAsync(Guid areaId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Need>? offers = Behoefte.Count == 0 ? null : [.. Behoefte.Distinct().Select(WireName.Parse<Need>)];
        var facilities = new List<FacilityDto>();
        for (var page = 1; ; page++)
        {
            var batch = await sender.Send(new ListFacilities(areaId, null, offers, null, null, null, Leeftijd, page, PageRequest.MaxPageSize), cancellationToken);
            facilities.AddRange(batch.Items);
            if (batch.Items.Count == 0 || page * batch.PageSize >= batch.Total)
            {
                return facilities;
            }
        }
    }
}
