namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>
/// Invalid input: the OpenAPI schema check, unreadable JSON, CSV files, free text and paging, and the
/// defaults of FluentValidation's checks where a validator gives no message of its own.
/// </summary>
internal static partial class DutchTexts
{
    private static readonly (string English, string Dutch)[] Validation =
    [
        // The request checked against the OpenAPI document.
        ("One or more fields are invalid; see errors.", "Een of meer velden zijn ongeldig; zie errors."),
        ("A JSON object is required.", "Een JSON-object is nodig."),
        ("The number is out of any bound this API takes.", "Het getal valt buiten elke grens die deze API aanneemt."),
        ("Text may not contain the NUL character (U+0000).", "Tekst mag het NUL-teken (U+0000) niet bevatten."),
        ("The body is not valid JSON: {0}.", "De inhoud is geen geldige JSON: {0:nl}."),
        ("The body does not match this operation's schema in the OpenAPI document.",
            "De inhoud past niet bij het schema van deze bewerking in het OpenAPI-document."),
        ("Required.", "Verplicht."),
        ("Not part of this request: remove it.", "Hoort niet bij dit verzoek: laat het weg."),
        ("A member not part of this request, whose name identifies a pupil: remove it.",
            "Een onderdeel dat niet bij dit verzoek hoort en waarvan de naam een leerling aanwijst: laat het weg."),
        ("Does not match this operation's schema in the OpenAPI document ({0}).",
            "Past niet bij het schema van deze bewerking in het OpenAPI-document ({0})."),
        ("Expected one of {0}.", "Verwacht: een van {0}."),
        ("Expected a number {0}.", "Verwacht: een getal {0:nl}."),
        ("Expected a list of {0}.", "Verwacht: een lijst van {0:nl}."),
        ("Expected each item once.", "Verwacht: elk item één keer."),
        ("Expected {0}.", "Verwacht: {0:nl}."),
        ("Does not have the expected form: {0}", "Heeft niet de verwachte vorm: {0}"),
        ("Does not have the expected form ({0}).", "Heeft niet de verwachte vorm ({0})."),

        // Unreadable JSON and values of the wrong type, as the exception mapping words them.
        ("The request could not be read.", "Het verzoek kon niet worden gelezen."),
        ("The value is missing, malformed or of the wrong type.", "De waarde ontbreekt, is misvormd of van het verkeerde type."),
        ("This field is not part of the request.", "Dit veld hoort niet bij het verzoek."),
        ("The body is not valid JSON at line {0}, position {1}: {2}", "De inhoud is geen geldige JSON op regel {0}, positie {1}: {2}"),

        // CSV files.
        ("The file is larger than {0} bytes; split it.", "Het bestand is groter dan {0} bytes; splits het."),
        ("The file is not UTF-8 text; save it as CSV UTF-8.", "Het bestand is geen UTF-8-tekst; sla het op als CSV UTF-8."),
        ("A file holds at most {0} lines after the header; split it.", "Een bestand heeft hoogstens {0} regels na de kopregel; splits het."),
        ("The file is empty; its first line (after any comment lines) is the header {0}.",
            "Het bestand is leeg; de eerste regel (na eventuele commentaarregels) is de kopregel {0}."),
        ("A quote inside a value that is not quoted, or a quoted value that does not end: a value with a comma, quote or line break is written between double quotes, its quotes doubled.",
            "Een aanhalingsteken in een waarde zonder aanhalingstekens, of een waarde tussen aanhalingstekens die niet eindigt: een waarde met een komma, aanhalingsteken of regeleinde staat tussen dubbele aanhalingstekens, met de aanhalingstekens erin verdubbeld."),
        ("The line has {0} values; the header has {1} columns.", "De regel heeft {0} waarden; de kopregel heeft {1} kolommen."),
        ("Column {0} of the header is not one of {1} (spelt exactly so).", "Kolom {0} van de kopregel is niet een van {1} (precies zo gespeld)."),
        ("The header names {0} twice.", "De kopregel noemt {0} twee keer."),
        ("The header names both {0} and {1}; a file holds one of them.", "De kopregel noemt zowel {0} als {1}; een bestand heeft één van beide."),
        ("The header has no column {0}.", "De kopregel heeft geen kolom {0}."),
        ("A number is expected, with a decimal point (16.5).", "Een getal wordt verwacht, met een decimale punt (16.5)."),
        ("A whole number is expected.", "Een geheel getal wordt verwacht."),
        ("An id is expected (a GUID such as 3dbc0618-b0e8-52fd-98dc-2210cbb8d433).",
            "Een id wordt verwacht (een GUID zoals 3dbc0618-b0e8-52fd-98dc-2210cbb8d433)."),
        ("Value {0} is not an id (a GUID such as 3dbc0618-b0e8-52fd-98dc-2210cbb8d433).",
            "Waarde {0} is geen id (een GUID zoals 3dbc0618-b0e8-52fd-98dc-2210cbb8d433)."),
        ("Value {0} is not one of {1}.", "Waarde {0} is niet een van {1}."),

        // Free text, paging and wire values shared by the modules.
        ("'{0}' holds what reads as a citizen service number (BSN: nine digits passing the 11-check, also when written in groups); free text never identifies a pupil (rule {1}). Remove it.",
            "'{0}' bevat wat leest als een burgerservicenummer (BSN: negen cijfers die de elfproef doorstaan, ook in groepjes geschreven); vrije tekst wijst nooit een leerling aan (regel {1}). Haal het weg."),
        ("'{0}' holds an ECK iD (the education chain's pupil id); free text never identifies a pupil (rule {1}). Remove it.",
            "'{0}' bevat een ECK iD (het leerling-id van de onderwijsketen); vrije tekst wijst nooit een leerling aan (regel {1}). Haal het weg."),
        ("Pages are numbered from 1 to {0}.", "Pagina's zijn genummerd van 1 tot en met {0}."),
        ("A page holds 1 to {0} items.", "Een pagina heeft 1 tot en met {0} items."),
        ("Must be one of {0}.", "Moet een van {0} zijn."),
        ("A date in the future is refused.", "Een datum in de toekomst wordt geweigerd."),

        // FluentValidation's defaults (its English; invariant globalization leaves it no other language).
        ("'{0}' must not be empty.", "'{0}' mag niet leeg zijn."),
        ("'{0}' must be empty.", "'{0}' moet leeg zijn."),
        ("'{0}' must not be equal to '{1}'.", "'{0}' mag niet gelijk zijn aan '{1}'."),
        ("'{0}' must be equal to '{1}'.", "'{0}' moet gelijk zijn aan '{1}'."),
        ("The length of '{0}' must be {1} characters or fewer. You entered {2} characters.",
            "De lengte van '{0}' is hoogstens {1} tekens. U gaf {2} tekens."),
        ("The length of '{0}' must be at least {1} characters. You entered {2} characters.",
            "De lengte van '{0}' is ten minste {1} tekens. U gaf {2} tekens."),
        ("'{0}' must be between {1} and {2} characters. You entered {3} characters.",
            "'{0}' moet tussen {1} en {2} tekens lang zijn. U gaf {3} tekens."),
        ("'{0}' must be {1} characters in length. You entered {2} characters.", "'{0}' moet {1} tekens lang zijn. U gaf {2} tekens."),
        ("'{0}' must be between {1} and {2}. You entered {3}.", "'{0}' moet tussen {1} en {2} liggen. U gaf {3}."),
        ("'{0}' must be between {1} and {2} (exclusive). You entered {3}.", "'{0}' moet tussen {1} en {2} liggen (grenzen niet inbegrepen). U gaf {3}."),
        ("'{0}' must be greater than '{1}'.", "'{0}' moet groter zijn dan '{1}'."),
        ("'{0}' must be greater than or equal to '{1}'.", "'{0}' moet groter dan of gelijk aan '{1}' zijn."),
        ("'{0}' must be less than '{1}'.", "'{0}' moet kleiner zijn dan '{1}'."),
        ("'{0}' must be less than or equal to '{1}'.", "'{0}' moet kleiner dan of gelijk aan '{1}' zijn."),
        ("'{0}' is not in the correct format.", "'{0}' heeft niet de juiste vorm."),
        ("The specified condition was not met for '{0}'.", "Aan de voorwaarde voor '{0}' is niet voldaan."),
        ("'{0}' has a range of values which does not include '{1}'.", "'{0}' heeft een reeks waarden waar '{1}' niet bij hoort."),
        ("'{0}' is not a valid email address.", "'{0}' is geen geldig e-mailadres."),
        ("'{0}' must not be more than {1} digits in total, with allowance for {2} decimals. {3} digits and {4} decimals were found.",
            "'{0}' heeft hoogstens {1} cijfers in totaal, waarvan {2} decimalen. Er zijn {3} cijfers en {4} decimalen gevonden."),
    ];
}
