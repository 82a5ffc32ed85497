namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>The treasurer's page in words; a text missing in one language does not compile.</summary>
public interface IBudgetTexts
{
    string Title { get; }
    string Intro { get; }
    string SchoolYear { get; }
    string Area { get; }
    string Show { get; }
    string NoAreas { get; }
    string Workbook { get; }
    string WorkbookHint { get; }
    string FiguresHeading { get; }
    string FiguresCaption(string area, string schoolYear);
    string Figure { get; }
    string Amount { get; }
    string Contributions { get; }
    string FreedFunds { get; }
    string Pooled { get; }
    string Allocated { get; }
    string Spent { get; }
    string Remaining { get; }
    string LedgerHeading { get; }
    string LedgerCaption(string area, string schoolYear);
    string LedgerPosition(int page, int pages, int total);
    string LedgerPages { get; }
    string Previous { get; }
    string Next { get; }
    string EmptyLedger { get; }
    string ReconciliationHeading { get; }
    string ReconciliationCaption(string area, string schoolYear);
}

public static class BudgetTexts
{
    public static IBudgetTexts For(Shared.PageLanguage language) => language.IsDutch ? DutchBudgetTexts.Instance : EnglishBudgetTexts.Instance;
}

internal sealed class DutchBudgetTexts : IBudgetTexts
{
    public static readonly DutchBudgetTexts Instance = new();

    public string Title => "Budget per gebied";
    public string Intro => "Bijdragen van de besturen, vrijgevallen middelen, wat gebundeld, toegekend en besteed is, en wat resteert, per gebied en schooljaar.";
    public string SchoolYear => "Schooljaar";
    public string Area => "Gebied";
    public string Show => "Tonen";
    public string NoAreas => "Er is geen gebied waarvan u het budget mag zien.";
    public string Workbook => "Werkmap downloaden (XLSX): samenvatting, grootboek en verrekening";
    public string WorkbookHint => "Bedragen als getallen in euro's, datums als datums, met vaste kopregels.";
    public string FiguresHeading => "Budget";
    public string FiguresCaption(string area, string schoolYear) => $"Budget van {area}, schooljaar {schoolYear}";
    public string Figure => "Post";
    public string Amount => "Bedrag";
    public string Contributions => "Bijdragen";
    public string FreedFunds => "Vrijgevallen middelen";
    public string Pooled => "Gebundeld";
    public string Allocated => "Toegekend";
    public string Spent => "Besteed";
    public string Remaining => "Resterend";
    public string LedgerHeading => "Grootboek";
    public string LedgerCaption(string area, string schoolYear) => $"Grootboek van {area}, schooljaar {schoolYear}";
    public string LedgerPosition(int page, int pages, int total) => $"Pagina {page} van {pages} ({total} boekingen).";
    public string LedgerPages => "Pagina's van het grootboek";
    public string Previous => "Vorige pagina";
    public string Next => "Volgende pagina";
    public string EmptyLedger => "Er is nog niets geboekt in dit gebied en schooljaar.";
    public string ReconciliationHeading => "Verrekening per bestuur";
    public string ReconciliationCaption(string area, string schoolYear) => $"Verrekening per bestuur in {area}, schooljaar {schoolYear}";
}

internal sealed class EnglishBudgetTexts : IBudgetTexts
{
    public static readonly EnglishBudgetTexts Instance = new();

    public string Title => "Budget per area";
    public string Intro => "The boards' contributions, freed funds, what was pooled, allocated and spent, and what remains, per area and school year.";
    public string SchoolYear => "School year";
    public string Area => "Area";
    public string Show => "Show";
    public string NoAreas => "There is no area whose budget you may see.";
    public string Workbook => "Download the workbook (XLSX): summary, ledger and reconciliation";
    public string WorkbookHint => "Amounts as numbers in euros, dates as dates, with frozen header rows.";
    public string FiguresHeading => "Budget";
    public string FiguresCaption(string area, string schoolYear) => $"Budget of {area}, school year {schoolYear}";
    public string Figure => "Item";
    public string Amount => "Amount";
    public string Contributions => "Contributions";
    public string FreedFunds => "Freed funds";
    public string Pooled => "Pooled";
    public string Allocated => "Allocated";
    public string Spent => "Spent";
    public string Remaining => "Remaining";
    public string LedgerHeading => "Ledger";
    public string LedgerCaption(string area, string schoolYear) => $"Ledger of {area}, school year {schoolYear}";
    public string LedgerPosition(int page, int pages, int total) => $"Page {page} of {pages} ({total} entries).";
    public string LedgerPages => "Pages of the ledger";
    public string Previous => "Previous page";
    public string Next => "Next page";
    public string EmptyLedger => "Nothing has been booked in this area and school year yet.";
    public string ReconciliationHeading => "Reconciliation per board";
    public string ReconciliationCaption(string area, string schoolYear) => $"Reconciliation per board in {area}, school year {schoolYear}";
}
