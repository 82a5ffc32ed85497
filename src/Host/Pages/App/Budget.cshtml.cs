using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Reconciliation;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// The treasurer's view of an area's budget for a school year: its figures as a chart, the ledger a page at a time,
/// the reconciliation per board, and the whole workbook. Every figure comes from the API's own queries; a treasurer
/// sees the areas where its boards have schools, as the API decides (docs/adr/0056).
/// </summary>
[Authorize(Roles = "treasurer,swv,admin")]
public sealed class BudgetModel(ISender sender, BudgetWorkbook workbook, TimeProvider clock) : PageBase
{
    private const int LedgerPageSize = 25;

    // The workbook's ledger columns that fit a screen: sequence, booked at, kind, amount, board, target, purpose, hours,
    // the sequence a correction reverses, its reason. The area is the one chosen; the rest is in the workbook.
    private static readonly int[] LedgerColumnsShown = [1, 2, 3, 4, 5, 8, 9, 10, 11, 13];

    [BindProperty(SupportsGet = true, Name = "jaar")]
    public string? Jaar { get; set; }

    [BindProperty(SupportsGet = true, Name = "gebied")]
    public Guid? Gebied { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int? Pagina { get; set; }

    [BindProperty(SupportsGet = true, Name = "tabel")]
    public string? Tabel { get; set; }

    [BindProperty(SupportsGet = true, Name = "vorm")]
    public string? Vorm { get; set; }

    public IBudgetTexts Texts => BudgetTexts.For(Language);

    public string SchoolYear { get; private set; } = "";

    /// <summary>The school years to choose from: a few around today's, and the one shown.</summary>
    public IReadOnlyList<string> SchoolYears { get; private set; } = [];

    /// <summary>The areas whose budget the reader may see, by name.</summary>
    public IReadOnlyList<AreaDto> Areas { get; private set; } = [];

    public AreaDto? Area { get; private set; }

    public PageTable? Figures { get; private set; }

    public PageTable? Ledger { get; private set; }

    public PageTable? Reconciliation { get; private set; }

    public int LedgerPage { get; private set; } = 1;

    public int LedgerPages { get; private set; } = 1;

    public int LedgerTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ShowAsync(cancellationToken);
        }
        catch (NotFoundException exception)
        {
            // Area names are public reference data: saying that a known area is not the reader's reveals nothing, and is
            // clearer than "not found". The API keeps its 404.
            return Gebied is { } asked && await IsKnownAreaAsync(asked, cancellationToken) ? RefusalPage(StatusCodes.Status403Forbidden) : Refusal(exception);
        }
        catch (Exception exception) when (exception is InvalidRequestException or ForbiddenException)
        {
            return Refusal(exception);
        }
    }

    /// <summary>The query string of this page for another year, area or ledger page, keeping the rest.</summary>
    public string Link(int? pagina = null, string? vorm = null)
    {
        var query = new Dictionary<string, string?> { ["jaar"] = SchoolYear, ["gebied"] = Area?.Id.ToString() };
        if (pagina is { } page)
        {
            query["pagina"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (vorm is not null)
        {
            query["vorm"] = vorm;
        }

        return Request.Path + QueryString.Create(query).ToUriComponent();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var today = GeenKindDeBuurtUit.BuildingBlocks.Domain.SchoolYear.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        SchoolYear = Jaar ?? today.ToString();
        SchoolYears = Enumerable.Range(-3, 5).Select(offset => GeenKindDeBuurtUit.BuildingBlocks.Domain.SchoolYear.Starting(today.StartYear + offset).ToString())
            .Append(SchoolYear).Distinct().Order(StringComparer.Ordinal).ToList();
        var language = Language.IsDutch ? WorkbookLanguage.Dutch : WorkbookLanguage.English;

        // The reconciliation holds exactly the areas the reader sees (the API's own scope rule), so it lists them.
        var reconciliation = await sender.Send(new Reconcile(SchoolYear, null), cancellationToken);
        var allAreas = await sender.Send(new ListAreas(), cancellationToken);
        var visible = reconciliation.Areas.Select(a => a.AreaId).ToHashSet();
        Areas = allAreas.Where(a => visible.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        var areaId = Gebied ?? Areas.FirstOrDefault()?.Id;
        if (areaId is not { } chosen)
        {
            return Page();
        }

        var summary = (await sender.Send(new GetBudgetSummary(SchoolYear, chosen), cancellationToken)).Value;
        Area = allAreas.FirstOrDefault(a => a.Id == chosen) ?? new AreaDto(chosen, chosen.ToString());
        if (Vorm == PageDownload.Xlsx && Tabel is null)
        {
            var sheets = await workbook.SheetsAsync(SchoolYear, chosen, null, language, cancellationToken);
            return PageDownload.Workbook(sheets, $"budget-{SchoolYear}-{Slug(Area.Name)}.xlsx");
        }

        var ledger = await sender.Send(new ListLedger(SchoolYear, chosen, Pagina, LedgerPageSize), cancellationToken);
        (LedgerPage, LedgerTotal) = (ledger.Page, ledger.Total);
        LedgerPages = Math.Max(1, (ledger.Total + ledger.PageSize - 1) / ledger.PageSize);
        var figures = new PageTable("budget", Texts.FiguresCaption(Area.Name, SchoolYear), FiguresSheet(summary), "bars");
        var ledgerSheet = Only(await workbook.LedgerTableAsync(ledger.Items, language, cancellationToken), LedgerColumnsShown);
        var ledgerTable = new PageTable("grootboek", Texts.LedgerCaption(Area.Name, SchoolYear), ledgerSheet);
        var reconciliationTable = new PageTable(
            "verrekening", Texts.ReconciliationCaption(Area.Name, SchoolYear), await workbook.ReconciliationTableAsync(reconciliation, [chosen], language, cancellationToken));
        (Figures, Ledger, Reconciliation) = (figures, ledgerTable, reconciliationTable);
        return PageDownload.Requested(Vorm)
            ? PageDownload.Answer([figures, ledgerTable, reconciliationTable], Tabel, Vorm, $"budget-{SchoolYear}-{Slug(Area.Name)}")
            : Page();
    }

    private SheetTable FiguresSheet(BudgetSummaryDto summary) => new(
        Texts.FiguresHeading,
        [new SheetColumn(Texts.Figure, CellKind.Text, 24), new SheetColumn(Texts.Amount, CellKind.Euro, 16)],
        [
            [new(Texts.Contributions), new(summary.Contributions)],
            [new(Texts.FreedFunds), new(summary.FreedFunds)],
            [new(Texts.Pooled), new(summary.Pooled)],
            [new(Texts.Allocated), new(summary.Allocated)],
            [new(Texts.Spent), new(summary.Spent)],
            [new(Texts.Remaining), new(summary.Remaining)],
        ]);

    private static SheetTable Only(SheetTable table, IReadOnlyList<int> columns) => table with
    {
        Columns = columns.Select(i => table.Columns[i]).ToList(),
        Rows = table.Rows.Select(row => (IReadOnlyList<SheetCell>)columns.Select(i => row[i]).ToList()).ToList(),
    };

    private async Task<bool> IsKnownAreaAsync(Guid areaId, CancellationToken cancellationToken) =>
        (await sender.Send(new ListAreas(), cancellationToken)).Any(a => a.Id == areaId);

    // A file name from an area's name: letters, digits and dashes only.
    private static string Slug(string name) =>
        string.Join('-', new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
