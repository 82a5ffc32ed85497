namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>The monitoring dashboard's words; a text missing in one language does not compile.</summary>
public interface IMonitoringTexts
{
    string Title { get; }
    string Intro { get; }
    string SchoolYear { get; }
    string Area { get; }
    string Level { get; }
    string Show { get; }
    string LevelName(string niveau);
    string NoAreas { get; }

    string ReferralsCaption(string year, string levelName);
    string TrendCaption(string area);
    string GuardrailCaption(string year);
    string PyramidCaption(string area, string year, string asOf);
    string SupportCaption(string year, string levelName);
    string WaitingCaption(string area, string year);
    string RequestsCaption(string area, string year);
    string Trend { get; }
    string WaitingTimes { get; }

    string Name { get; }
    string Referrals { get; }
    string PreviousYearReferrals { get; }
    string Target { get; }
    string OnTarget { get; }
    string Change { get; }
    string Source { get; }
    string SourceName(string source);
    string Yes { get; }
    string No { get; }
    string NoTarget { get; }
    string NotAvailable { get; }
    string Hidden { get; }
    string SuppressedTitle(int threshold);
    string SuppressedNote(string shown);

    string Thuiszitters { get; }
    string ImportedThuiszitters { get; }
    string PreviousYearThuiszitters { get; }
    string PreviousYearImportedThuiszitters { get; }
    string CurrentThuiszitters { get; }
    string Escalations { get; }
    string OtStayDecisions { get; }
    string Signal { get; }
    string SignalRaised { get; }
    string SignalQuiet { get; }
    string SignalHeading { get; }
    string SignalText(string areas);
    string NoSignal { get; }
    string GuardrailNote { get; }

    string SupportLevel { get; }
    string LevelOf(int level);
    string Children { get; }
    string OpenCases { get; }
    string BeyondBasic { get; }
    string WithOpp { get; }
    string WithoutOpp { get; }
    string ChangesUp { get; }
    string ChangesDown { get; }
    string CollectiveApproaches { get; }

    string Expertise { get; }
    string ExpertiseName(string expertise);
    string MedianHours { get; }
    string P90Hours { get; }
    string Requests { get; }
    string Assigned { get; }
    string Waiting { get; }
    string HoursSpent { get; }
}

public static class MonitoringTexts
{
    public static IMonitoringTexts For(bool dutch) => dutch ? new DutchMonitoringTexts() : new EnglishMonitoringTexts();
}

internal sealed class DutchMonitoringTexts : IMonitoringTexts
{
    public string Title => "Monitoring";
    public string Intro => "Verwijzingen tegen het doel, het verloop over de jaren, de thuiszitters als waakhond, de ondersteuningspiramide en de wachttijden van de expertiseschil. Elke grafiek heeft haar tabel ernaast; die tabel is ook te downloaden.";
    public string SchoolYear => "Schooljaar";
    public string Area => "Gebied";
    public string Level => "Niveau";
    public string Show => "Tonen";
    public string LevelName(string niveau) => niveau switch { "bondje" => "bondje", "school" => "school", _ => "gebied" };
    public string NoAreas => "Er zijn nog geen gebieden ingericht.";

    public string ReferralsCaption(string year, string levelName) => $"Verwijzingen tegen het doel per {levelName}, {year}";
    public string TrendCaption(string area) => $"Verloop over de schooljaren, {area}";
    public string GuardrailCaption(string year) => $"Thuiszitters naast verwijzingen per gebied, {year}";
    public string PyramidCaption(string area, string year, string asOf) => $"Ondersteuningspiramide, {area}, {year} (open op {asOf})";
    public string SupportCaption(string year, string levelName) => $"Ondersteuningsniveau per {levelName}, {year}";
    public string WaitingCaption(string area, string year) => $"Wachttijden expertiseschil, {area}, {year}";
    public string RequestsCaption(string area, string year) => $"Aanvragen bij de expertiseschil, {area}, {year}";
    public string Trend => "Verloop";
    public string WaitingTimes => "Wachttijden";

    public string Name => "Naam";
    public string Referrals => "Verwijzingen";
    public string PreviousYearReferrals => "Verwijzingen vorig jaar";
    public string Target => "Doel (hoogstens)";
    public string OnTarget => "Op koers";
    public string Change => "Verandering";
    public string Source => "Bron";
    public string SourceName(string source) => source == "imported" ? "geïmporteerd" : "geregistreerd";
    public string Yes => "ja";
    public string No => "nee";
    public string NoTarget => "geen doel";
    public string NotAvailable => "–";
    public string Hidden => "verborgen";
    public string SuppressedTitle(int threshold) => $"Verborgen: een klein aantal (1 tot en met {threshold}), of een aantal waaruit een klein aantal terug te rekenen is";
    public string SuppressedNote(string shown) => $"\"{shown}\" staat voor een verborgen aantal: kleine aantallen van scholen en bondjes, en wat ze zou verraden, ziet u als analist niet.";

    public string Thuiszitters => "Thuiszitters";
    public string ImportedThuiszitters => "Thuiszitters (geïmporteerd)";
    public string PreviousYearThuiszitters => "Thuiszitters vorig jaar";
    public string PreviousYearImportedThuiszitters => "Thuiszitters vorig jaar (geïmporteerd)";
    public string CurrentThuiszitters => "Nu thuis";
    public string Escalations => "Escalaties";
    public string OtStayDecisions => "OT: blijft in de buurt";
    public string Signal => "Signaal";
    public string SignalRaised => "minder verwijzingen, meer thuiszitters";
    public string SignalQuiet => "geen";
    public string SignalHeading => "Let op";
    public string SignalText(string areas) => $"Minder verwijzingen en tegelijk meer thuiszitters dan vorig jaar in: {areas}. Minder verwijzen mag niet betekenen dat kinderen thuis komen te zitten.";
    public string NoSignal => "Geen gebied heeft minder verwijzingen en tegelijk meer thuiszitters dan vorig jaar.";
    public string GuardrailNote => "Thuiszitters zijn aantallen kinderen; het aantal per 1.000 leerlingen kan het platform niet geven omdat het geen leerlingaantallen kent.";

    public string SupportLevel => "Ondersteuningsniveau";
    public string LevelOf(int level) => $"Niveau {level}";
    public string Children => "Kinderen";
    public string OpenCases => "Open";
    public string BeyondBasic => "Boven basis (4-5)";
    public string WithOpp => "Met OPP";
    public string WithoutOpp => "Zonder OPP";
    public string ChangesUp => "Niveau omhoog";
    public string ChangesDown => "Niveau omlaag";
    public string CollectiveApproaches => "Collectieve aanpakken";

    public string Expertise => "Expertise";
    public string ExpertiseName(string expertise) => expertise switch
    {
        "all" => "Alle expertises",
        "language" => "Taal",
        "tos" => "TOS",
        "behaviour" => "Gedrag",
        "learning" => "Leren",
        "early-childhood" => "Jonge kind",
        "newcomer" => "Nieuwkomers",
        "other" => "Overig",
        _ => expertise,
    };
    public string MedianHours => "Wachttijd mediaan (uren)";
    public string P90Hours => "Wachttijd 90e percentiel (uren)";
    public string Requests => "Aanvragen";
    public string Assigned => "Toegewezen";
    public string Waiting => "Wachtend";
    public string HoursSpent => "Uren ingezet";
}

internal sealed class EnglishMonitoringTexts : IMonitoringTexts
{
    public string Title => "Monitoring";
    public string Intro => "Referrals against the target, the trend over the years, thuiszitters as the guardrail, the support pyramid and the expertise pool's waiting times. Every chart has its table beside it; the table can be downloaded too.";
    public string SchoolYear => "School year";
    public string Area => "Area";
    public string Level => "Level";
    public string Show => "Show";
    public string LevelName(string niveau) => niveau switch { "bondje" => "cluster (bondje)", "school" => "school", _ => "area" };
    public string NoAreas => "No areas have been set up yet.";

    public string ReferralsCaption(string year, string levelName) => $"Referrals against the target per {levelName}, {year}";
    public string TrendCaption(string area) => $"Trend over the school years, {area}";
    public string GuardrailCaption(string year) => $"Thuiszitters next to referrals per area, {year}";
    public string PyramidCaption(string area, string year, string asOf) => $"Support pyramid, {area}, {year} (open on {asOf})";
    public string SupportCaption(string year, string levelName) => $"Support level per {levelName}, {year}";
    public string WaitingCaption(string area, string year) => $"Expertise pool waiting times, {area}, {year}";
    public string RequestsCaption(string area, string year) => $"Requests to the expertise pool, {area}, {year}";
    public string Trend => "Trend";
    public string WaitingTimes => "Waiting times";

    public string Name => "Name";
    public string Referrals => "Referrals";
    public string PreviousYearReferrals => "Referrals last year";
    public string Target => "Target (at most)";
    public string OnTarget => "On target";
    public string Change => "Change";
    public string Source => "Source";
    public string SourceName(string source) => source == "imported" ? "imported" : "recorded";
    public string Yes => "yes";
    public string No => "no";
    public string NoTarget => "no target";
    public string NotAvailable => "–";
    public string Hidden => "hidden";
    public string SuppressedTitle(int threshold) => $"Hidden: a small count (1 to {threshold}), or a count a small one could be worked out from";
    public string SuppressedNote(string shown) => $"\"{shown}\" stands for a hidden count: as an analyst you do not see small counts of schools and clusters, nor what would give them away.";

    public string Thuiszitters => "Thuiszitters";
    public string ImportedThuiszitters => "Thuiszitters (imported)";
    public string PreviousYearThuiszitters => "Thuiszitters last year";
    public string PreviousYearImportedThuiszitters => "Thuiszitters last year (imported)";
    public string CurrentThuiszitters => "At home now";
    public string Escalations => "Escalations";
    public string OtStayDecisions => "OT: stays in the neighbourhood";
    public string Signal => "Signal";
    public string SignalRaised => "fewer referrals, more thuiszitters";
    public string SignalQuiet => "none";
    public string SignalHeading => "Attention";
    public string SignalText(string areas) => $"Fewer referrals and at the same time more thuiszitters than last year in: {areas}. Referring less must not mean children end up at home.";
    public string NoSignal => "No area has fewer referrals and at the same time more thuiszitters than last year.";
    public string GuardrailNote => "Thuiszitters are counts of children; the platform cannot give them per 1,000 pupils because it holds no pupil counts.";

    public string SupportLevel => "Support level";
    public string LevelOf(int level) => $"Level {level}";
    public string Children => "Children";
    public string OpenCases => "Open";
    public string BeyondBasic => "Beyond basic (4-5)";
    public string WithOpp => "With OPP";
    public string WithoutOpp => "Without OPP";
    public string ChangesUp => "Level up";
    public string ChangesDown => "Level down";
    public string CollectiveApproaches => "Collective approaches";

    public string Expertise => "Expertise";
    public string ExpertiseName(string expertise) => expertise switch
    {
        "all" => "All expertise",
        "language" => "Language",
        "tos" => "DLD (TOS)",
        "behaviour" => "Behaviour",
        "learning" => "Learning",
        "early-childhood" => "Early childhood",
        "newcomer" => "Newcomers",
        "other" => "Other",
        _ => expertise,
    };
    public string MedianHours => "Waiting time median (hours)";
    public string P90Hours => "Waiting time 90th percentile (hours)";
    public string Requests => "Requests";
    public string Assigned => "Assigned";
    public string Waiting => "Waiting";
    public string HoursSpent => "Hours spent";
}
