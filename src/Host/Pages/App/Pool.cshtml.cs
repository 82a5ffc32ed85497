using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Application.Requests;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// The coordinator's view of the expertise pool: the waiting list as the API orders it, the professionals'
/// load against their hours per week, and assigning in one action through the API's own command, with its
/// If-Match and rules. Audited as the API's assignment is (the convention in PageSetup).
/// </summary>
[Authorize(Roles = $"{Roles.Coordinator},{Roles.Admin}")]
public sealed class PoolModel(ISender sender, TimeProvider clock) : PageBase
{
    public const int PageSize = 50;

    /// <summary>Weeks before the current one in the load table, the API's default.</summary>
    public const int PastWeeks = 4;

    private static readonly IReadOnlyDictionary<Guid, string> NoNames = new Dictionary<Guid, string>();

    private IReadOnlyDictionary<Guid, string> _schools = NoNames;
    private IReadOnlyDictionary<Guid, string> _clusters = NoNames;
    private IReadOnlyDictionary<Guid, string> _areas = NoNames;

    public IPoolTexts Texts => PoolTexts.For(Language);

    /// <summary>The version of the request as the reader saw it: a change by someone else since then is refused (412).</summary>
    [BindProperty]
    public string? Version { get; set; }

    /// <summary>Empty for the best match, as the API's assignment without a professional.</summary>
    [BindProperty]
    public Guid? ProfessionalId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public IReadOnlyList<ExpertiseRequestDto> Waiting { get; private set; } = [];

    public int TotalWaiting { get; private set; }

    public IReadOnlyList<(ProfessionalDto Professional, ProfessionalLoadDto Load)> Professionals { get; private set; } = [];

    /// <summary>What the last assignment did, shown after the redirect.</summary>
    public string? AssignedMessage { get; private set; }

    public bool HasNext => Pagina * PageSize < TotalWaiting;

    public async Task<IActionResult> OnGetAsync(Guid? requestId, [FromQuery(Name = "toegewezen")] Guid? assigned, CancellationToken cancellationToken)
    {
        if (requestId is not null)
        {
            // One request's address exists to post an assignment to; its page is the list.
            return NotFound();
        }

        Pagina = Math.Max(1, Pagina);
        await LoadAsync(cancellationToken);
        if (assigned is { } id)
        {
            AssignedMessage = await AssignedMessageAsync(id, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? requestId, CancellationToken cancellationToken)
    {
        if (requestId is not { } id)
        {
            return NotFound();
        }

        try
        {
            // An empty version would skip the check: the form always carries the one it was drawn with.
            await sender.Send(new AssignProfessional(id, string.IsNullOrEmpty(Version) ? "-" : Version, ProfessionalId), cancellationToken);
        }
        catch (Exception exception) when (exception is BusinessRuleViolationException or PreconditionFailedException or ConflictException)
        {
            Pagina = 1;
            await LoadAsync(cancellationToken);
            return Refusal(exception);
        }

        // Post, redirect, get: a reload of the answer does not assign twice.
        return Redirect($"/app/pool?toegewezen={id}");
    }

    public string Requester(ExpertiseRequestDto request) =>
        request.SchoolId is { } school
            ? _schools.GetValueOrDefault(school, school.ToString())
            : Texts.Cluster(_clusters.GetValueOrDefault(request.ClusterId, request.ClusterId.ToString()));

    public string AreaName(Guid areaId) => _areas.GetValueOrDefault(areaId, areaId.ToString());

    public DateOnly RequestedOn(ExpertiseRequestDto request) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(request.RequestedAt, SchoolCalendar.TimeZone).DateTime);

    public int DaysWaiting(ExpertiseRequestDto request) => SchoolCalendar.Today(clock).DayNumber - RequestedOn(request).DayNumber;

    /// <summary>Whom the reader may choose by hand: active professionals with the expertise in the request's area; the command checks the rest.</summary>
    public IEnumerable<ProfessionalDto> Candidates(ExpertiseRequestDto request) =>
        Professionals.Select(p => p.Professional).Where(p => p.Expertise.Contains(request.Expertise) && p.AreaIds.Contains(request.AreaId));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var waiting = await sender.Send(new ListWaitingExpertiseRequests(null, null, Pagina, PageSize), cancellationToken);
        (Waiting, TotalWaiting) = (waiting.Items, waiting.Total);

        var professionals = new List<(ProfessionalDto, ProfessionalLoadDto)>();
        for (var page = 1; ; page++)
        {
            var batch = await sender.Send(new ListProfessionals(null, null, Active: true, page, 200), cancellationToken);
            foreach (var professional in batch.Items)
            {
                professionals.Add((professional, await sender.Send(new GetProfessionalLoad(professional.Id, PastWeeks), cancellationToken)));
            }

            if (page * batch.PageSize >= batch.Total)
            {
                break;
            }
        }

        Professionals = professionals;
        _schools = (await sender.Send(new ListSchools(), cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        _clusters = (await sender.Send(new ListClusters(), cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        _areas = (await sender.Send(new ListAreas(), cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
    }

    private async Task<string?> AssignedMessageAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var request = await sender.Send(new GetExpertiseRequest(id), cancellationToken);
            var professional = Professionals.Select(p => p.Professional).FirstOrDefault(p => p.Id == request.ProfessionalId);
            return professional is null ? null : Texts.Assigned(Requester(request), professional.Name);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
