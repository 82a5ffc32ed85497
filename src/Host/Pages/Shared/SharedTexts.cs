namespace GeenKindDeBuurtUit.Host.Pages.Shared;

/// <summary>The words every page shares (layout, tables, sign-in, refusals); a text missing in one language does not compile.</summary>
public interface ISharedTexts
{
    string Site { get; }
    string SkipToContent { get; }
    string Navigation { get; }
    string Home { get; }
    string Monitoring { get; }
    string Budget { get; }
    string Pool { get; }
    string Map { get; }
    string SignIn { get; }
    string SignOut { get; }
    string SignedInAs { get; }
    string OtherLanguage { get; }
    string OtherLanguageCode { get; }
    string Download { get; }
    string DownloadCsv { get; }
    string DownloadXlsx { get; }
    string ChartOf(string caption);
    string Welcome { get; }
    string WelcomeText { get; }
    string MonitoringAbout { get; }
    string BudgetAbout { get; }
    string PoolAbout { get; }
    string MapAbout { get; }

    // Sign-in.
    string SignInTitle { get; }
    string LocalSignInExplained { get; }
    string Subject { get; }
    string SubjectHint { get; }
    string Roles { get; }
    string RoleName(string role);
    string Schools { get; }
    string Boards { get; }
    string IdsHint { get; }
    string SignInWithProvider { get; }
    string SignInNotConfigured { get; }
    string SubjectRequired { get; }
    string RoleRequired { get; }
    string IdsInvalid(string field);

    // Refusals and errors.
    string Title(int status);
    string Explain(int status);
    string BackHome { get; }
}

public static class SharedTexts
{
    public static ISharedTexts For(PageLanguage language) => language.IsDutch ? DutchSharedTexts.Instance : EnglishSharedTexts.Instance;
}

internal sealed class DutchSharedTexts : ISharedTexts
{
    public static readonly DutchSharedTexts Instance = new();

    public string Site => "Geen kind de buurt uit";
    public string SkipToContent => "Naar de inhoud";
    public string Navigation => "Hoofdmenu";
    public string Home => "Start";
    public string Monitoring => "Monitoring";
    public string Budget => "Budget";
    public string Pool => "Expertiseschil";
    public string Map => "Kaart";
    public string SignIn => "Aanmelden";
    public string SignOut => "Afmelden";
    public string SignedInAs => "Aangemeld als";
    public string OtherLanguage => "English";
    public string OtherLanguageCode => "en";
    public string Download => "Downloaden";
    public string DownloadCsv => "CSV (Excel)";
    public string DownloadXlsx => "Excel-werkmap (XLSX)";
    public string ChartOf(string caption) => $"Grafiek: {caption}. De tabel hieronder bevat dezelfde cijfers.";
    public string Welcome => "Welkom";
    public string WelcomeText => "Kies wat u wilt bekijken. U ziet alleen wat uw rollen mogen zien.";
    public string MonitoringAbout => "Verwijzingen tegen het doel, thuiszitters, de ondersteuningspiramide en wachttijden van de expertiseschil.";
    public string BudgetAbout => "Bijdragen, vrijgevallen en gebundelde middelen, toekenningen en uitgaven per gebied, met het grootboek.";
    public string PoolAbout => "De wachtlijst van de expertiseschil en de belasting van de professionals.";
    public string MapAbout => "De BEN-kaart: scholen en voorzieningen in en rond elke school, met afstanden, ook als lijst.";

    public string SignInTitle => "Aanmelden";
    public string LocalSignInExplained => "Alleen op een ontwikkelmachine: kies wie u bent, zoals met het token-commando.";
    public string Subject => "Naam (sub)";
    public string SubjectHint => "Komt in het auditlogboek.";
    public string Roles => "Rollen";
    public string RoleName(string role) => role switch
    {
        "analyst" => "Analist",
        "swv" => "Samenwerkingsverband",
        "admin" => "Beheerder",
        "treasurer" => "Penningmeester",
        "coordinator" => "Coördinator expertiseschil",
        "partner" => "Partner (beheert voorzieningen op de BEN-kaart)",
        "school" => "School",
        _ => role,
    };
    public string Schools => "Scholen";
    public string Boards => "Besturen";
    public string IdsHint => "Id's gescheiden door komma's of spaties; mag leeg.";
    public string SignInWithProvider => "Aanmelden bij uw organisatie";
    public string SignInNotConfigured => "Aanmelden is op deze server niet ingericht. Vraag de beheerder om Auth:Authority en Auth:ClientId.";
    public string SubjectRequired => "Vul een naam in.";
    public string RoleRequired => "Kies ten minste één rol.";
    public string IdsInvalid(string field) => $"{field}: elk id is een GUID, bijvoorbeeld 3f2504e0-4f89-11d3-9a0c-0305e82c3301.";

    public string Title(int status) => status switch
    {
        401 => "Niet aangemeld",
        403 => "Geen toegang",
        404 => "Niet gevonden",
        400 => "Ongeldig verzoek",
        429 => "Te veel verzoeken",
        _ => "Er ging iets mis",
    };

    public string Explain(int status) => status switch
    {
        401 => "Meld u aan om deze pagina te zien.",
        403 => "U hebt geen toegang tot deze pagina of deze gegevens.",
        404 => "Deze pagina of deze gegevens bestaan niet, of vallen buiten wat u mag zien.",
        400 => "Het verzoek klopt niet. Ga terug en probeer het opnieuw.",
        429 => "Wacht even en probeer het dan opnieuw.",
        _ => "Probeer het later opnieuw. Blijft dit gebeuren, meld het dan bij de beheerder.",
    };

    public string BackHome => "Naar de startpagina";
}

internal sealed class EnglishSharedTexts : ISharedTexts
{
    public static readonly EnglishSharedTexts Instance = new();

    public string Site => "No child out of the neighbourhood";
    public string SkipToContent => "Skip to content";
    public string Navigation => "Main menu";
    public string Home => "Home";
    public string Monitoring => "Monitoring";
    public string Budget => "Budget";
    public string Pool => "Expertise pool";
    public string Map => "Map";
    public string SignIn => "Sign in";
    public string SignOut => "Sign out";
    public string SignedInAs => "Signed in as";
    public string OtherLanguage => "Nederlands";
    public string OtherLanguageCode => "nl";
    public string Download => "Download";
    public string DownloadCsv => "CSV (Excel)";
    public string DownloadXlsx => "Excel workbook (XLSX)";
    public string ChartOf(string caption) => $"Chart: {caption}. The table below holds the same figures.";
    public string Welcome => "Welcome";
    public string WelcomeText => "Choose what to look at. You see only what your roles may see.";
    public string MonitoringAbout => "Referrals against the target, thuiszitters, the support pyramid and the expertise pool's waiting times.";
    public string BudgetAbout => "Contributions, freed and pooled funds, allocations and spending per area, with the ledger.";
    public string PoolAbout => "The expertise pool's waiting list and the professionals' load.";
    public string MapAbout => "The BEN map: schools and the facilities in and around each school, with distances, also as a list.";

    public string SignInTitle => "Sign in";
    public string LocalSignInExplained => "On a developer machine only: choose who you are, as with the token command.";
    public string Subject => "Name (sub)";
    public string SubjectHint => "Recorded in the audit trail.";
    public string Roles => "Roles";
    public string RoleName(string role) => role switch
    {
        "analyst" => "Analyst",
        "swv" => "Partnership (SWV)",
        "admin" => "Administrator",
        "treasurer" => "Treasurer",
        "coordinator" => "Expertise pool coordinator",
        "partner" => "Partner (keeps facilities on the BEN map)",
        "school" => "School",
        _ => role,
    };
    public string Schools => "Schools";
    public string Boards => "Boards";
    public string IdsHint => "Ids separated by commas or spaces; may be empty.";
    public string SignInWithProvider => "Sign in with your organisation";
    public string SignInNotConfigured => "Signing in is not set up on this server. Ask the administrator for Auth:Authority and Auth:ClientId.";
    public string SubjectRequired => "Enter a name.";
    public string RoleRequired => "Choose at least one role.";
    public string IdsInvalid(string field) => $"{field}: every id is a GUID, for example 3f2504e0-4f89-11d3-9a0c-0305e82c3301.";

    public string Title(int status) => status switch
    {
        401 => "Not signed in",
        403 => "No access",
        404 => "Not found",
        400 => "Bad request",
        429 => "Too many requests",
        _ => "Something went wrong",
    };

    public string Explain(int status) => status switch
    {
        401 => "Sign in to see this page.",
        403 => "You have no access to this page or these figures.",
        404 => "This page or these figures do not exist, or lie outside what you may see.",
        400 => "The request is not right. Go back and try again.",
        429 => "Wait a moment, then try again.",
        _ => "Try again later. If this keeps happening, tell the administrator.",
    };

    public string BackHome => "To the home page";
}
