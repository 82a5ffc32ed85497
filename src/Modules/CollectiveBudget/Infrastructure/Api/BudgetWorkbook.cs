using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Reconciliation;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;

/// <summary>
/// A school year's budget as the one workbook treasurers work in: a summary per area, the ledger and the reconciliation
/// per board, with names instead of ids. Every figure comes from the API's own queries through <see cref="ISender"/>,
/// so the caller's scope applies exactly as it does to the JSON (an area out of scope is "not found").
/// </summary>
public sealed class BudgetWorkbook
{
    private readonly ISender sender;
    private readonly CollectiveBudgetDbContext db;

    internal BudgetWorkbook(ISender sender, CollectiveBudgetDbContext db)
    {
        this.sender = sender;
        this.db = db;
    }

    /// <param name="areaId">One area, or null for every area the caller sees (for <paramref name="boardId"/> when given).</param>
    public async Task<IReadOnlyList<SheetTable>> SheetsAsync(string schoolYear, Guid? areaId, Guid? boardId, WorkbookLanguage language, CancellationToken cancellationToken)
    {
        var texts = BudgetWorkbookSheets.For(language);
        // The area first: one out of scope is "not found" from its own query, before anything else is read.
        var summaries = new List<BudgetSummaryDto>();
        if (areaId is { } single)
        {
            summaries.Add((await sender.Send(new GetBudgetSummary(schoolYear, single), cancellationToken)).Value);
        }

        var reconciliation = await sender.Send(new Reconcile(schoolYear, boardId), cancellationToken);
        List<Guid> areas = areaId is { } only ? [only] : reconciliation.Areas.Select(a => a.AreaId).ToList();
        if (areaId is null)
        {
            foreach (var area in areas)
            {
                summaries.Add((await sender.Send(new GetBudgetSummary(schoolYear, area), cancellationToken)).Value);
            }
        }

        var ledger = new List<LedgerEntryDto>();
        foreach (var area in areas)
        {
            ledger.AddRange(await sender.Send(new ExportLedger(schoolYear, area), cancellationToken));
        }

        var names = await db.NamesOfAsync(areas.Concat(ReconciliationCsv.Ids(reconciliation)), cancellationToken);
        return
        [
            new SheetTable(texts.Summary, texts.SummaryColumns, summaries.Select(s => SummaryRow(s, n => NameIn(names, n))).ToList()),
            await LedgerTableAsync(ledger, language, cancellationToken),
            new SheetTable(texts.Reconciliation, texts.ReconciliationColumns, ReconciliationRows(reconciliation, areas, texts, n => NameIn(names, n))),
        ];
    }

    /// <summary>Ledger entries as the workbook's ledger sheet: names for ids, kinds in words, the sequence a correction reverses.</summary>
    public async Task<SheetTable> LedgerTableAsync(IReadOnlyList<LedgerEntryDto> ledger, WorkbookLanguage language, CancellationToken cancellationToken)
    {
        var texts = BudgetWorkbookSheets.For(language);
        var names = await db.NamesOfAsync(LedgerCsv.Ids(ledger), cancellationToken);
        // A correction names the entry it reverses by the sequence a treasurer sees, not by its id; that entry may be
        // on another page of the ledger or, for a closed year, in the year before.
        var corrected = ledger.Select(e => e.CorrectsEntryId).OfType<Guid>().Except(ledger.Select(e => e.Id)).ToList();
        var sequences = ledger.ToDictionary(e => e.Id, e => e.Sequence);
        foreach (var (id, sequence) in await db.Set<LedgerEntry>().AsNoTracking().Where(e => corrected.Contains(e.Id)).Select(e => new { e.Id, e.Sequence })
                     .ToDictionaryAsync(e => e.Id, e => e.Sequence, cancellationToken))
        {
            sequences[id] = sequence;
        }

        string Name(Guid? id) => NameIn(names, id);
        var rows = ledger.Select(e => (IReadOnlyList<SheetCell>)
        [
            new(Name(e.AreaId)), new(e.Sequence), new(e.BookedAt.UtcDateTime), new(texts.Kind(e.Kind)), new(e.Amount), new(Name(e.BoardId)),
            new(e.ExternalRef), new(e.Level is { } level ? texts.Levels.GetValueOrDefault(level, level) : null), new(Name(e.TargetId)), new(e.Purpose),
            new(e.Hours), new(e.CorrectsEntryId is { } reversed && sequences.TryGetValue(reversed, out var sequence) ? sequence : null),
            new(e.CorrectedKind is null ? null : texts.Kind(e.CorrectedKind)), new(e.Reason), new(e.BookedBy),
        ]).ToList();
        return new SheetTable(texts.Ledger, texts.LedgerColumns, rows);
    }

    /// <summary>The reconciliation as the workbook's sheet, for the given areas (null: every area in it).</summary>
    public async Task<SheetTable> ReconciliationTableAsync(ReconciliationDto reconciliation, IReadOnlyCollection<Guid>? areas, WorkbookLanguage language, CancellationToken cancellationToken)
    {
        var texts = BudgetWorkbookSheets.For(language);
        var names = await db.NamesOfAsync(ReconciliationCsv.Ids(reconciliation), cancellationToken);
        var shown = areas ?? reconciliation.Areas.Select(a => a.AreaId).ToList();
        return new SheetTable(texts.Reconciliation, texts.ReconciliationColumns, ReconciliationRows(reconciliation, shown, texts, n => NameIn(names, n)));
    }

    /// <summary>The names the module knows for these ids (areas, boards, schools, clusters).</summary>
    public Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken) => db.NamesOfAsync(ids, cancellationToken);

    // A name the module has not heard yet (an event still on its way) shows the id rather than nothing.
    private static string NameIn(IReadOnlyDictionary<Guid, string> names, Guid? id) => id is { } known ? names.GetValueOrDefault(known, known.ToString()) : "";

    private static IReadOnlyList<SheetCell> SummaryRow(BudgetSummaryDto s, Func<Guid?, string> name) =>
        [new(name(s.AreaId)), new(s.SchoolYear), new(s.Contributions), new(s.FreedFunds), new(s.Pooled), new(s.Allocated), new(s.Spent), new(s.Available), new(s.Remaining)];

    private static List<IReadOnlyList<SheetCell>> ReconciliationRows(ReconciliationDto reconciliation, IReadOnlyCollection<Guid> areas, BudgetWorkbookSheets texts, Func<Guid?, string> name)
    {
        var rows = new List<IReadOnlyList<SheetCell>>();
        foreach (var board in reconciliation.Boards)
        {
            rows.AddRange(board.Areas.Where(a => areas.Contains(a.AreaId))
                .Select(a => (IReadOnlyList<SheetCell>)[new(texts.ReconciliationRows[0]), new(name(board.BoardId)), new(name(a.AreaId)), new(a.Contributed), new(a.Allocated), new(a.Spent)]));
        }

        // A board's total covers every area it has schools in; with one area asked, only that area's part is shown.
        rows.AddRange(reconciliation.Boards.Where(b => b.Areas.All(a => areas.Contains(a.AreaId)))
            .Select(b => (IReadOnlyList<SheetCell>)[new(texts.ReconciliationRows[1]), new(name(b.BoardId)), new(""), new(b.Contributed), new(b.Allocated), new(b.Spent)]));
        rows.AddRange(reconciliation.Areas.Where(a => areas.Contains(a.AreaId))
            .Select(a => (IReadOnlyList<SheetCell>)[new(texts.ReconciliationRows[2]), new(""), new(name(a.AreaId)), new(a.Contributions), new(a.Allocated), new(a.Spent)]));
        return rows;
    }
}
