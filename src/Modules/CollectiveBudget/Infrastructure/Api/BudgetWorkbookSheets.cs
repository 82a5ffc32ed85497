using GeenKindDeBuurtUit.Platform.Spreadsheets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Api;

/// <summary>The language of a budget workbook's sheet names, headers and kinds: Dutch for treasurers, English for the API by default.</summary>
public enum WorkbookLanguage { Dutch, English }

/// <summary>
/// The sheets' names and columns in each language. Column order is fixed here and nowhere else: <see cref="BudgetWorkbook"/>
/// fills the rows in this order. Kind and level names are the programme's words, not the wire names.
/// </summary>
public sealed record BudgetWorkbookSheets(
    string Summary,
    string Ledger,
    string Reconciliation,
    IReadOnlyList<SheetColumn> SummaryColumns,
    IReadOnlyList<SheetColumn> LedgerColumns,
    IReadOnlyList<SheetColumn> ReconciliationColumns,
    IReadOnlyDictionary<string, string> Kinds,
    IReadOnlyDictionary<string, string> Levels,
    IReadOnlyList<string> ReconciliationRows)
{
    public static BudgetWorkbookSheets For(WorkbookLanguage language) => language == WorkbookLanguage.Dutch ? Dutch : English;

    /// <summary>The name a kind's wire name has in this language; an unknown kind keeps its wire name.</summary>
    public string Kind(string? wireName) => wireName is null ? "" : Kinds.GetValueOrDefault(wireName, wireName);

    public static BudgetWorkbookSheets Dutch { get; } = new(
        "Samenvatting",
        "Grootboek",
        "Verrekening",
        [
            new("Gebied", CellKind.Text, 24), new("Schooljaar", CellKind.Text, 11), new("Bijdragen", CellKind.Euro, 16), new("Vrijgevallen middelen", CellKind.Euro, 16),
            new("Gebundeld", CellKind.Euro, 16), new("Toegekend", CellKind.Euro, 16), new("Besteed", CellKind.Euro, 16), new("Beschikbaar", CellKind.Euro, 16),
            new("Resterend", CellKind.Euro, 16),
        ],
        [
            new("Gebied", CellKind.Text, 24), new("Volgnummer", CellKind.Count, 10), new("Geboekt op (UTC)", CellKind.DateTime, 17), new("Soort", CellKind.Text, 22),
            new("Bedrag", CellKind.Euro, 16), new("Bestuur", CellKind.Text, 24), new("Kenmerk bestuur", CellKind.Text, 18), new("Niveau", CellKind.Text, 10),
            new("Bestemd voor", CellKind.Text, 24), new("Doel", CellKind.Text, 30), new("Uren", CellKind.Hours, 8), new("Corrigeert volgnummer", CellKind.Count, 10),
            new("Gecorrigeerde soort", CellKind.Text, 22), new("Reden", CellKind.Text, 30), new("Geboekt door", CellKind.Text, 18),
        ],
        [
            new("Regel", CellKind.Text, 20), new("Bestuur", CellKind.Text, 24), new("Gebied", CellKind.Text, 24),
            new("Ingebracht", CellKind.Euro, 16), new("Toegekend", CellKind.Euro, 16), new("Besteed", CellKind.Euro, 16),
        ],
        new Dictionary<string, string>
        {
            ["board-funds"] = "Bijdrage bestuur", ["swv-pooled"] = "Gebundeld door SWV", ["freed-funds"] = "Vrijgevallen middelen",
            ["allocation"] = "Toekenning", ["expertise-charge"] = "Inzet expertiseschil", ["correction"] = "Correctie",
        },
        new Dictionary<string, string> { ["area"] = "gebied", ["cluster"] = "bondje", ["school"] = "school" },
        ["Bestuur in gebied", "Bestuur totaal", "Gebied totaal"]);

    public static BudgetWorkbookSheets English { get; } = new(
        "Summary",
        "Ledger",
        "Reconciliation",
        [
            new("Area", CellKind.Text, 24), new("School year", CellKind.Text, 11), new("Contributions", CellKind.Euro, 16), new("Freed funds", CellKind.Euro, 16),
            new("Pooled", CellKind.Euro, 16), new("Allocated", CellKind.Euro, 16), new("Spent", CellKind.Euro, 16), new("Available", CellKind.Euro, 16),
            new("Remaining", CellKind.Euro, 16),
        ],
        [
            new("Area", CellKind.Text, 24), new("Sequence", CellKind.Count, 10), new("Booked at (UTC)", CellKind.DateTime, 17), new("Kind", CellKind.Text, 22),
            new("Amount", CellKind.Euro, 16), new("Board", CellKind.Text, 24), new("Board's reference", CellKind.Text, 18), new("Level", CellKind.Text, 10),
            new("Target", CellKind.Text, 24), new("Purpose", CellKind.Text, 30), new("Hours", CellKind.Hours, 8), new("Corrects sequence", CellKind.Count, 10),
            new("Corrected kind", CellKind.Text, 22), new("Reason", CellKind.Text, 30), new("Booked by", CellKind.Text, 18),
        ],
        [
            new("Row", CellKind.Text, 20), new("Board", CellKind.Text, 24), new("Area", CellKind.Text, 24),
            new("Contributed", CellKind.Euro, 16), new("Allocated", CellKind.Euro, 16), new("Spent", CellKind.Euro, 16),
        ],
        new Dictionary<string, string>
        {
            ["board-funds"] = "Board funds", ["swv-pooled"] = "Pooled by the SWV", ["freed-funds"] = "Freed funds",
            ["allocation"] = "Allocation", ["expertise-charge"] = "Expertise charge", ["correction"] = "Correction",
        },
        new Dictionary<string, string> { ["area"] = "area", ["cluster"] = "cluster", ["school"] = "school" },
        ["Board in area", "Board total", "Area total"]);
}
