using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using GeenKindDeBuurtUit.Monitoring.Application;
using GeenKindDeBuurtUit.Monitoring.Application.Pool;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Application.Support;
using GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;
using GeenKindDeBuurtUit.Monitoring.Application.Trend;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// The monitoring dashboard: the API's own monitoring queries, sent with the reader's identity, so scope and
/// suppression are the handlers'; the page picks the chosen area's rows and words them.
/// </summary>
[Authorize(Roles = Roles.Analyst + "," + Roles.Swv + "," + Roles.Admin)]
public sealed class MonitoringModel(ISender sender) : PageBase
{
    private static readonly string[] Levels = ["gebied", "bondje", "school"];

    /// <summary>The school year, e.g. 2025-2026; the current one when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Jaar { get; set; }

    /// <summary>The area; the first by name when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Gebied { get; set; }

    /// <summary>gebied, bondje or school: the units the referrals and support levels are shown per.</summary>
    [BindProperty(SupportsGet = true)]
    public string Niveau { get; set; } = "gebied";

    public IMonitoringTexts Texts { get; private set; } = MonitoringTexts.For(dutch: true);

    public IReadOnlyList<AreaDto> Areas { get; private set; } = [];

    /// <summary>Every school year the trend has, newest first.</summary>
    public IReadOnlyList<string> Years { get; private set; } = [];

    public IReadOnlyList<string> LevelChoices => Levels;

    public IReadOnlyList<PageTable> Tables { get; private set; } = [];

    /// <summary>The areas whose referrals fell while their thuiszitters rose, as the handler signals.</summary>
    public IReadOnlyList<string> SignalAreas { get; private set; } = [];

    /// <summary>What a count the handlers hid from this reader shows instead of a number ("&lt; 5").</summary>
    public string Suppressed { get; private set; } = string.Empty;

    public int SuppressionThreshold { get; private set; }

    /// <summary>Whether any table shows a hidden count, so the page explains the mark.</summary>
    public bool ShowsSuppressed => Tables.Any(t => t.Sheet.Rows.Any(row => row.Any(cell => cell.Value is null && cell.Shown == Suppressed)));

    public async Task<IActionResult> OnGetAsync(string? vorm, string? tabel, CancellationToken cancellationToken)
    {
        Texts = MonitoringTexts.For(Language.IsDutch);
        if (!Levels.Contains(Niveau))
        {
            return Refusal(InvalidRequestException.For("niveau", "Choose gebied, bondje or school."));
        }

        try
        {
            await LoadAsync(cancellationToken);
        }
        catch (Exception refused) when (refused is InvalidRequestException or NotFoundException or ForbiddenException)
        {
            return Refusal(refused);
        }

        return PageDownload.Requested(vorm) ? PageDownload.Answer(Tables, tabel, vorm, $"monitoring-{Jaar}") : Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Areas = await sender.Send(new ListAreas(), cancellationToken);
        if (Areas.Count == 0)
        {
            return;
        }

        var area = Gebied is { } chosen
            ? Areas.FirstOrDefault(a => a.Id == chosen) ?? throw new NotFoundException("Area", chosen)
            : Areas[0];
        Gebied = area.Id;
        // Whether this reader's small counts are hidden is MonitoringAccess's decision: a count hidden from the reader
        // arrives as null, whatever the role; the threshold only words the mark. Resolved here because the options
        // are Monitoring's internal type, which a public page model cannot take in its constructor.
        SuppressionThreshold = HttpContext.RequestServices.GetRequiredService<MonitoringOptions>().SuppressionThreshold;
        Suppressed = $"< {SuppressionThreshold + 1}";

        var level = Niveau switch { "bondje" => UnitLevel.Cluster, "school" => UnitLevel.School, _ => UnitLevel.Area };
        var shown = await UnitsOfAsync(area.Id, level, cancellationToken);
        var referrals = await sender.Send(new GetReferralFigures(Jaar, level), cancellationToken);
        Jaar = referrals.SchoolYear;
        var trend = await sender.Send(new GetAreaTrend(area.Id), cancellationToken);
        var thuiszitters = await sender.Send(new GetThuiszitterFigures(Jaar), cancellationToken);
        var areaSupport = await sender.Send(new GetSupportFigures(Jaar, UnitLevel.Area), cancellationToken);
        var support = level == UnitLevel.Area ? areaSupport : await sender.Send(new GetSupportFigures(Jaar, level), cancellationToken);
        var expertise = await sender.Send(new GetExpertiseFigures(Jaar), cancellationToken);

        Years = [.. trend.Years.Select(y => y.SchoolYear).Append(Jaar).Distinct().OrderDescending(StringComparer.Ordinal)];
        SignalAreas = [.. thuiszitters.Rows.Where(r => r.FewerReferralsMoreThuiszitters).Select(r => r.Name)];

        var tables = new MonitoringTables(Texts, Suppressed);
        var levelName = Texts.LevelName(Niveau);
        Tables =
        [
            tables.Referrals(referrals, shown, levelName),
            tables.Trend(trend),
            tables.Guardrail(thuiszitters),
            tables.Pyramid(areaSupport.Rows.Single(r => r.Id == area.Id), Jaar, Format.Date(areaSupport.AsOf)),
            tables.Support(support, shown, levelName),
            tables.Waiting(expertise, area.Id, area.Name),
            tables.Requests(expertise, area.Id, area.Name),
        ];
    }

    /// <summary>The clusters or schools of the area; null for every area, so areas can be compared.</summary>
    private async Task<IReadOnlySet<Guid>?> UnitsOfAsync(Guid areaId, UnitLevel level, CancellationToken cancellationToken) => level switch
    {
        UnitLevel.Cluster => (await sender.Send(new ListClusters(), cancellationToken)).Where(c => c.AreaId == areaId).Select(c => c.Id).ToHashSet(),
        UnitLevel.School => (await sender.Send(new ListSchools(), cancellationToken)).Where(s => s.AreaId == areaId).Select(s => s.Id).ToHashSet(),
        _ => null,
    };
}
