using GeenKindDeBuurtUit.Host.Pages.Shared;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>The map page's own words; every language has them all, or it does not compile.</summary>
public interface IMapTexts
{
    string Title { get; }
    string Intro { get; }
    string NoAreas { get; }
    string Area { get; }
    string Needs { get; }
    string AnyNeed { get; }
    string Age { get; }
    string AgeHint { get; }
    string NearSchool { get; }
    string NoSchool { get; }
    string Show { get; }
    string MapLabel { get; }
    string MapHint { get; }
    string NoTiles { get; }
    string ZoomIn { get; }
    string ZoomOut { get; }
    string ListCaption(string area, int schools, int facilities);
    string SortedByDistance(string school);
    string Nothing { get; }
    string Name { get; }
    string Kind { get; }
    string Offers { get; }
    string Ages { get; }
    string State { get; }
    string Distance { get; }
    string Address { get; }
    string School { get; }
    string Schools { get; }
    string KindName(string kind);
    string AgesOf(int? from, int? to);
    string StateOf(string state);
    string NoLocation { get; }
}

public static class MapTexts
{
    public static IMapTexts For(PageLanguage language) => language.IsDutch ? DutchMapTexts.Instance : EnglishMapTexts.Instance;
}

internal sealed class DutchMapTexts : IMapTexts
{
    public static readonly DutchMapTexts Instance = new();

    public string Title => "BEN-kaart";
    public string Intro => "Scholen en voorzieningen in en rond elke school: het ouder- en kindteam, het buurtteam, voorschool, jeugdhulp, expertise uit het speciaal onderwijs, sport, cultuur, bibliotheek en spelen. Partners houden hun voorzieningen zelf actueel.";
    public string NoAreas => "Er zijn nog geen gebieden.";
    public string Area => "Gebied";
    public string Needs => "Helpt bij";
    public string AnyNeed => "Kies niets voor alle voorzieningen; bij meer keuzes telt elke voorziening die bij één ervan helpt.";
    public string Age => "Leeftijd van het kind";
    public string AgeHint => "In jaren; leeg voor alle leeftijden.";
    public string NearSchool => "In de buurt van school";
    public string NoSchool => "Geen: alle punten";
    public string Show => "Tonen";
    public string MapLabel => "Kaart van de punten in de lijst 'Punten op de kaart'; de lijst bevat alles wat de kaart toont.";
    public string MapHint => "Elke kleur is een soort; kies met het lagenmenu op de kaart welke soorten u ziet. Een gestreepte rand: niet recent bevestigd, of een voorlopige plek (ergens in het gebied, nog niet het adres van de school). Een rode rand: door scholen gemeld als gesloten.";
    public string NoTiles => "De achtergrondkaart is niet bereikbaar; de punten staan op een effen achtergrond.";
    public string ZoomIn => "Inzoomen";
    public string ZoomOut => "Uitzoomen";
    public string ListCaption(string area, int schools, int facilities) =>
        $"Punten op de kaart in {area}: {schools} {(schools == 1 ? "school" : "scholen")} en {facilities} {(facilities == 1 ? "voorziening" : "voorzieningen")}";
    public string SortedByDistance(string school) => $"Op afstand tot {school}, hemelsbreed, de dichtstbijzijnde eerst.";
    public string Nothing => "Geen punten met deze keuzes.";
    public string Name => "Naam";
    public string Kind => "Soort";
    public string Offers => "Helpt bij";
    public string Ages => "Leeftijd";
    public string State => "Stand";
    public string Distance => "Afstand";
    public string Address => "Adres";
    public string School => "School";
    public string Schools => "Scholen";

    public string KindName(string kind) => kind switch
    {
        "school" => "School",
        "okt" => "OKT (ouder- en kindteam)",
        "buurtteam" => "Buurtteam",
        "voorschool" => "Voorschool",
        "youth-care" => "Jeugdhulp",
        "special-education" => "Expertise speciaal onderwijs",
        "sport" => "Sport",
        "culture" => "Cultuur",
        "library" => "Bibliotheek",
        "play" => "Spelen",
        "other" => "Overig",
        _ => kind,
    };

    public string AgesOf(int? from, int? to) => (from, to) switch
    {
        (null, null) => "Alle leeftijden",
        ({ } f, null) => $"Vanaf {f} jaar",
        (null, { } t) => $"Tot en met {t} jaar",
        ({ } f, { } t) => $"{f}–{t} jaar",
    };

    public string StateOf(string state) => state switch
    {
        "active" => "Actueel",
        "stale" => "Niet recent bevestigd",
        "disputed" => "Gemeld als gesloten (betwist)",
        "located" => "Vastgestelde plek",
        "placeholder" => "Voorlopige plek",
        _ => state,
    };

    public string NoLocation => "Nog geen plek: niet op de kaart";
}

internal sealed class EnglishMapTexts : IMapTexts
{
    public static readonly EnglishMapTexts Instance = new();

    public string Title => "BEN map";
    public string Intro => "Schools and the facilities in and around each school: the parent and child team, the neighbourhood team, pre-school, youth care, special-education expertise, sport, culture, library and play. Partners keep their own facilities current.";
    public string NoAreas => "There are no areas yet.";
    public string Area => "Area";
    public string Needs => "Helps with";
    public string AnyNeed => "Choose none for every facility; with several, each facility helping with one of them counts.";
    public string Age => "Age of the child";
    public string AgeHint => "In years; empty for every age.";
    public string NearSchool => "Near school";
    public string NoSchool => "None: every point";
    public string Show => "Show";
    public string MapLabel => "Map of the points in the list 'Points on the map'; the list holds everything the map shows.";
    public string MapHint => "Each colour is a kind; choose with the layers menu on the map which kinds you see. A dashed edge: not confirmed recently, or a provisional point (somewhere in the area, not yet the school's address). A red edge: reported closed by schools.";
    public string NoTiles => "The background map cannot be reached; the points are shown on a plain background.";
    public string ZoomIn => "Zoom in";
    public string ZoomOut => "Zoom out";
    public string ListCaption(string area, int schools, int facilities) =>
        $"Points on the map in {area}: {schools} {(schools == 1 ? "school" : "schools")} and {facilities} {(facilities == 1 ? "facility" : "facilities")}";
    public string SortedByDistance(string school) => $"By distance to {school}, as the crow flies, nearest first.";
    public string Nothing => "No points with these choices.";
    public string Name => "Name";
    public string Kind => "Kind";
    public string Offers => "Helps with";
    public string Ages => "Age";
    public string State => "State";
    public string Distance => "Distance";
    public string Address => "Address";
    public string School => "School";
    public string Schools => "Schools";

    public string KindName(string kind) => kind switch
    {
        "school" => "School",
        "okt" => "OKT (parent and child team)",
        "buurtteam" => "Neighbourhood team (buurtteam)",
        "voorschool" => "Pre-school (voorschool)",
        "youth-care" => "Youth care",
        "special-education" => "Special-education expertise",
        "sport" => "Sport",
        "culture" => "Culture",
        "library" => "Library",
        "play" => "Play",
        "other" => "Other",
        _ => kind,
    };

    public string AgesOf(int? from, int? to) => (from, to) switch
    {
        (null, null) => "Every age",
        ({ } f, null) => $"From {f}",
        (null, { } t) => $"Up to {t}",
        ({ } f, { } t) => $"{f}–{t}",
    };

    public string StateOf(string state) => state switch
    {
        "active" => "Current",
        "stale" => "Not confirmed recently",
        "disputed" => "Reported closed (disputed)",
        "located" => "Established point",
        "placeholder" => "Provisional point",
        _ => state,
    };

    public string NoLocation => "No point yet: not on the map";
}
