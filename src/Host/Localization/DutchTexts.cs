namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>
/// The API's English problem texts with their Dutch, in the programme's own words. An English
/// template writes a varying part as <c>{0}</c>; its Dutch writes it back as <c>{0}</c> as sent
/// (names, ids, dates, numbers) or <c>{0:nl}</c> translated through the fragments (a resource's name,
/// a status, a clause built elsewhere). DutchCatalogueCoverageTests keeps this complete.
/// </summary>
internal static partial class DutchTexts
{
    public static IEnumerable<(string English, string Dutch)> Messages =>
        [.. Edge, .. Validation, .. SupportCases, .. ExpertisePool, .. CollectiveBudget, .. BenMap, .. Others];

    /// <summary>
    /// Parts a message is built from, translated only where a message's Dutch asks for it, tried in
    /// this order: "{0} and {1}" comes before "at least {0} {1}", which would take "1 and at most 5".
    /// </summary>
    public static readonly (string English, string Dutch)[] Fragments =
    [
        // Resources, as NotFoundException and PreconditionFailedException name them.
        ("expertise request", "expertiseaanvraag"),
        ("facility", "voorziening"),
        ("professional", "professional"),
        ("subscription", "abonnement"),
        ("delivery", "aflevering"),
        ("referral history", "verwijzingsgeschiedenis"),
        ("thuiszitter history", "thuiszittersgeschiedenis"),
        ("support case", "ondersteuningstraject"),
        ("collective approach", "bondje"),
        ("board", "schoolbestuur"),
        ("budget", "budget"),
        ("ledger entry", "boeking"),
        ("area", "gebied"),
        ("cluster", "cluster"),
        ("school", "school"),
        ("agreement", "afspraak"),
        ("observation", "observatie"),
        ("target", "streefwaarde"),
        ("SchoolYearFigures", "cijfers van het schooljaar"),
        ("none (the year was never imported)", "geen (het jaar is nooit ingelezen)"),

        // An expertise request's status.
        ("waiting", "wachtend"),
        ("assigned", "toegewezen"),
        ("completed", "afgerond"),
        ("cancelled", "geannuleerd"),

        // Why a school year is closed.
        ("whose monitoring figures the SWV closed as published (reopening the year lifts it)",
            "waarvan het samenwerkingsverband de monitoringcijfers als gepubliceerd heeft afgesloten (heropenen van het jaar heft dat op)"),
        ("whose budget is closed for this school's area", "waarvan het budget voor het gebied van deze school is afgesloten"),

        // Where in a file or a body.
        ("line {0}, position {1}", "regel {0}, positie {1}"),
        ("line {0}", "regel {0}"),
        ("it could not be read", "ze kon niet worden gelezen"),

        // Roles a token has or an operation needs.
        ("no role", "geen rol"),
        ("the roles {0}", "de rollen {0}"),
        ("the role {0}", "de rol {0}"),
        ("{0}; and {1}", "{0:nl}; en {1:nl}"),

        // Content types.
        ("no Content-Type", "geen Content-Type"),
        ("no Content-Type.", "geen Content-Type."),
        ("Content-Type '{0}'", "Content-Type '{0}'"),
        ("Content-Type '{0}'.", "Content-Type '{0}'."),

        // The forms and bounds the OpenAPI document expects.
        ("a date as YYYY-MM-DD", "een datum als JJJJ-MM-DD"),
        ("a timestamp such as 2026-09-14T10:30:00+02:00", "een tijdstip zoals 2026-09-14T10:30:00+02:00"),
        ("an id: a UUID such as 7535f312-c0f6-5e5f-b80c-ad86c3116d31", "een id: een UUID zoals 7535f312-c0f6-5e5f-b80c-ad86c3116d31"),
        ("a string", "tekst"),
        ("a whole number (a JSON number, not a string)", "een geheel getal (een JSON-getal, geen tekst)"),
        ("a number (a JSON number, not a string)", "een getal (een JSON-getal, geen tekst)"),
        ("true or false", "true of false"),
        ("a list (a JSON array)", "een lijst (een JSON-array)"),
        ("a JSON object", "een JSON-object"),
        ("another kind of value", "een ander soort waarde"),
        ("{0} or null", "{0:nl} of null"),
        ("{0} or {1}", "{0:nl} of {1:nl}"),
        ("{0} and {1}", "{0:nl} en {1:nl}"),
        ("{0} to {1} {2}", "{0} tot en met {1} {2:nl}"),
        ("at least {0} {1}", "ten minste {0} {1:nl}"),
        ("at most {0} {1}", "hoogstens {0} {1:nl}"),
        ("at least {0}", "ten minste {0}"),
        ("more than {0}", "meer dan {0}"),
        ("at most {0}", "hoogstens {0}"),
        ("less than {0}", "minder dan {0}"),
        ("characters", "tekens"),
        ("items", "items"),
    ];
}
