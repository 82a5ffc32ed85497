namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>The edge's words: titles, the default details per status, tokens, roles, limits, idempotency.</summary>
internal static partial class DutchTexts
{
    private static readonly (string English, string Dutch)[] Edge =
    [
        // Titles, as the exception mapping and the middleware write them, and the reason phrases of the rest.
        ("The request is invalid.", "Het verzoek is ongeldig."),
        ("A business rule refused the request.", "Een bedrijfsregel weigert het verzoek."),
        ("Not found.", "Niet gevonden."),
        ("Conflict.", "Conflict."),
        ("The resource has changed.", "De gegevens zijn gewijzigd."),
        ("Forbidden.", "Geen toegang."),
        ("An unexpected error occurred.", "Er is een onverwachte fout opgetreden."),
        ("The request body is too large.", "De inhoud van het verzoek is te groot."),
        ("Too many requests.", "Te veel verzoeken."),
        ("Bad Request", "Ongeldig verzoek"),
        ("Unauthorized", "Niet aangemeld"),
        ("Forbidden", "Geen toegang"),
        ("Not Found", "Niet gevonden"),
        ("Method Not Allowed", "Methode niet toegestaan"),
        ("Not Acceptable", "Niet aanvaardbaar"),
        ("Conflict", "Conflict"),
        ("Precondition Failed", "Voorwaarde niet vervuld"),
        ("Payload Too Large", "Inhoud te groot"),
        ("Unsupported Media Type", "Mediatype niet ondersteund"),
        ("Unprocessable Entity", "Niet verwerkbaar"),
        ("Too Many Requests", "Te veel verzoeken"),
        ("Internal Server Error", "Interne serverfout"),
        ("Service Unavailable", "Dienst niet beschikbaar"),
        ("Error", "Fout"),

        // The default details (ProblemDefaults).
        ("The request is invalid; each entry in errors names a field and what is wrong with it.",
            "Het verzoek is ongeldig; elk item in errors noemt een veld en wat eraan mankeert."),
        ("A valid bearer token is required: send Authorization: Bearer <token>.",
            "Een geldig bearer-token is nodig: stuur Authorization: Bearer <token>."),
        ("The token's role or scope does not allow this operation.",
            "De rol of het bereik van het token staat deze bewerking niet toe."),
        ("There is no operation {0} {1}; the API's operations are listed in its OpenAPI document.",
            "Er is geen bewerking {0} {1}; de bewerkingen van de API staan in haar OpenAPI-document."),
        ("Nothing at {0} in your scope: the id is unknown, or outside what your token may see.",
            "Niets op {0} binnen uw bereik: het id is onbekend, of valt buiten wat uw token mag zien."),
        ("{0} does not take {1}; it takes {2}.", "{0} neemt geen {1}; wel {2}."),
        ("{0} does not take {1}.", "{0} neemt geen {1}."),
        ("The operation cannot answer in a media type the Accept header allows.",
            "De bewerking kan niet antwoorden in een mediatype dat de Accept-header toestaat."),
        ("The request conflicts with what is stored.", "Het verzoek botst met wat is opgeslagen."),
        ("The resource has changed since the version sent in If-Match; read it again and retry.",
            "De gegevens zijn gewijzigd sinds de versie in If-Match; lees ze opnieuw en probeer het nog eens."),
        ("The request body is larger than the API accepts.", "De inhoud van het verzoek is groter dan de API aanneemt."),
        ("Too many requests from this caller; retry after the number of seconds in Retry-After.",
            "Te veel verzoeken van deze aanroeper; probeer het opnieuw na het aantal seconden in Retry-After."),
        ("An unexpected error occurred; it has been logged. Quote the traceId when you report it.",
            "Er is een onverwachte fout opgetreden; die is vastgelegd. Noem de traceId als u haar meldt."),
        ("The request was answered with status {0}.", "Het verzoek is beantwoord met status {0}."),
        ("This operation takes a body of type {0}; the request had {1}.",
            "Deze bewerking neemt een inhoud van het type {0}; het verzoek had {1:nl}."),
        ("This operation takes a body of type {0} (UTF-8); the request had {1}",
            "Deze bewerking neemt een inhoud van het type {0} (UTF-8); het verzoek had {1:nl}"),
        ("A request body holds at most {0} bytes.", "De inhoud van een verzoek is hoogstens {0} bytes."),
        ("Someone else changed it at the same time; read it again and retry.",
            "Iemand anders wijzigde het tegelijk; lees het opnieuw en probeer het nog eens."),

        // Why a bearer token was refused, and which role an operation needs.
        ("The request has no Authorization header: send Authorization: Bearer <token>.",
            "Het verzoek heeft geen Authorization-header: stuur Authorization: Bearer <token>."),
        ("The Authorization header holds no bearer token: send Authorization: Bearer <token>.",
            "De Authorization-header bevat geen bearer-token: stuur Authorization: Bearer <token>."),
        ("The token expired at {0} UTC: get a new one.", "Het token is verlopen op {0} UTC: vraag een nieuw token aan."),
        ("The token is not valid before {0} UTC.", "Het token is niet geldig vóór {0} UTC."),
        ("The token has no expiry (exp): tokens for this API must expire.",
            "Het token heeft geen vervaltijd (exp): tokens voor deze API moeten verlopen."),
        ("The token is meant for another audience: its aud must be '{0}'.",
            "Het token is bedoeld voor een andere ontvanger: de aud moet '{0}' zijn."),
        ("The token comes from another issuer: its iss must be '{0}'.",
            "Het token komt van een andere uitgever: de iss moet '{0}' zijn."),
        ("The token is signed with an algorithm this API does not accept.",
            "Het token is ondertekend met een algoritme dat deze API niet aanneemt."),
        ("The token's signature does not verify: it was not signed with a key this API trusts.",
            "De handtekening van het token klopt niet: het is niet ondertekend met een sleutel die deze API vertrouwt."),
        ("The bearer token is not a well-formed JWT.", "Het bearer-token is geen geldig gevormde JWT."),
        ("The bearer token could not be validated: get a new token from the issuer this API trusts.",
            "Het bearer-token kon niet worden gecontroleerd: vraag een nieuw token aan bij de uitgever die deze API vertrouwt."),
        ("The token may not do this operation.", "Het token mag deze bewerking niet doen."),
        ("This operation needs the role {0}; the token has {1}.", "Deze bewerking vraagt de rol {0:nl}; het token heeft {1:nl}."),

        // The rate limit.
        ("At most {0} requests without a valid token per {1} per client address; retry after {2} second(s).",
            "Hoogstens {0} verzoeken zonder geldig token per {1} per clientadres; probeer het opnieuw na {2} seconde(n)."),
        ("At most {0} requests per {1} per caller; retry after {2} second(s).",
            "Hoogstens {0} verzoeken per {1} per aanroeper; probeer het opnieuw na {2} seconde(n)."),

        // Idempotency keys.
        ("Send one Idempotency-Key.", "Stuur één Idempotency-Key."),
        ("An Idempotency-Key holds 1 to {0} characters.", "Een Idempotency-Key heeft 1 tot {0} tekens."),
        ("An Idempotency-Key holds printable ASCII characters only.", "Een Idempotency-Key bevat alleen afdrukbare ASCII-tekens."),
        ("Keys are kept per caller: the token needs a sub claim.", "Sleutels worden per aanroeper bewaard: het token heeft een sub-claim nodig."),
        ("The Idempotency-Key was used for another request.", "De Idempotency-Key is gebruikt voor een ander verzoek."),
        ("This key was first sent with another method, path, body or If-Match; use a new key for a new request.",
            "Deze sleutel is eerst gestuurd met een andere methode, een ander pad, een andere inhoud of If-Match; gebruik een nieuwe sleutel voor een nieuw verzoek."),
        ("A request with this Idempotency-Key is still running.", "Een verzoek met deze Idempotency-Key loopt nog."),
        ("Retry once the first request has answered; the retry then gets its answer.",
            "Probeer het opnieuw zodra het eerste verzoek heeft geantwoord; de herhaling krijgt dan dat antwoord."),
        ("A retry with this Idempotency-Key took the key over.", "Een herhaling met deze Idempotency-Key heeft de sleutel overgenomen."),
        ("This request ran longer than its key's lease and a retry with the same key took the key over, so this request's change was not saved. "
            + "Send the request again with the same key to get the retry's answer.",
            "Dit verzoek liep langer dan de sleutel was gereserveerd en een herhaling met dezelfde sleutel nam die over, dus de wijziging van dit verzoek is niet opgeslagen. "
            + "Stuur het verzoek opnieuw met dezelfde sleutel om het antwoord van de herhaling te krijgen."),
        ("The request with this Idempotency-Key took effect, but its answer was lost.",
            "Het verzoek met deze Idempotency-Key is uitgevoerd, maar het antwoord is verloren gegaan."),
        ("The first request with this key took effect at {0} UTC. It added {1} {2}. "
            + "Its answer could not be kept, so it is not replayed, and the request is not run again: read the resource to see the result.",
            "Het eerste verzoek met deze sleutel is uitgevoerd op {0} UTC. Het voegde {1} {2} toe. "
            + "Het antwoord kon niet worden bewaard, dus het wordt niet herhaald en het verzoek wordt niet opnieuw uitgevoerd: lees de gegevens om het resultaat te zien."),
        ("The first request with this key took effect at {0} UTC. "
            + "Its answer could not be kept, so it is not replayed, and the request is not run again: read the resource to see the result.",
            "Het eerste verzoek met deze sleutel is uitgevoerd op {0} UTC. "
            + "Het antwoord kon niet worden bewaard, dus het wordt niet herhaald en het verzoek wordt niet opnieuw uitgevoerd: lees de gegevens om het resultaat te zien."),
    ];
}
