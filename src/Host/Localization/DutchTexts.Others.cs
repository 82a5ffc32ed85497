namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>Monitoring, the neighbourhoods (areas, clusters, schools, boards), notifications and the audit trail.</summary>
internal static partial class DutchTexts
{
    private static readonly (string English, string Dutch)[] Others =
    [
        // Monitoring.
        ("A school year is written like 2025-2026.", "Een schooljaar schrijft u zoals 2025-2026."),
        ("The period ends on or after the day it starts.", "De periode eindigt op of na de dag waarop ze begint."),
        ("An observation is about an area (areaId) or a cluster (clusterId): give exactly one.",
            "Een observatie gaat over een gebied (areaId) of een cluster (clusterId): geef er precies één."),
        ("Name at least one guiding principle (1-7).", "Noem ten minste één leidend principe (1-7)."),
        ("A guiding principle is a number from 1 to 7.", "Een leidend principe is een getal van 1 tot en met 7."),
        ("A reduction is 0 to {0} percent.", "Een daling is 0 tot en met {0} procent."),
        ("A reduction has at most two decimals.", "Een daling heeft hoogstens twee decimalen."),
        ("Name the area (areaId).", "Noem het gebied (areaId)."),
        ("The figures of school year {0} are closed; reopen the year, with a reason, to change them.",
            "De cijfers van schooljaar {0} zijn afgesloten; heropen het jaar, met een reden, om ze te wijzigen."),
        ("The figures of school year {0} are open; there is nothing to reopen.", "De cijfers van schooljaar {0} zijn open; er is niets te heropenen."),
        ("School year {0} ends on {1}; its figures can be closed from the day after.",
            "Schooljaar {0} eindigt op {1}; de cijfers kunnen vanaf de dag erna worden afgesloten."),

        // Neighbourhoods.
        ("A school with BRIN {0} is already registered.", "Een school met BRIN {0} is al geregistreerd."),
        ("An area named '{0}' is already registered.", "Een gebied met de naam '{0}' is al geregistreerd."),
        ("A board named '{0}' is already registered.", "Een schoolbestuur met de naam '{0}' is al geregistreerd."),
        ("The area already has a cluster named '{0}'.", "Het gebied heeft al een cluster met de naam '{0}'."),
        ("Unknown area.", "Onbekend gebied."),
        ("A BRIN code is two digits and two capital letters or digits, for example 12AB.",
            "Een BRIN-code is twee cijfers en twee hoofdletters of cijfers, bijvoorbeeld 12AB."),
        ("Unknown board.", "Onbekend schoolbestuur."),
        ("Unknown cluster.", "Onbekend cluster."),
        ("The point must lie within the Netherlands (latitude 50.75 to 53.7, longitude 3.2 to 7.25, WGS84).",
            "Het punt moet in Nederland liggen (breedtegraad 50,75 tot 53,7, lengtegraad 3,2 tot 7,25, WGS84)."),
        ("Cluster '{0}' already has {1} schools; a cluster has at most {2}.", "Cluster '{0}' heeft al {1} scholen; een cluster heeft er hoogstens {2}."),

        // Notifications.
        ("Not a cursor of this feed: pass the 'next' of an earlier page, or leave it out to start at the beginning.",
            "Geen cursor van deze feed: geef de 'next' van een eerdere pagina, of laat hem weg om bij het begin te starten."),
        ("A page holds 1 to {0} notifications.", "Een pagina heeft 1 tot en met {0} meldingen."),
        ("An absolute URL, such as https://las.example.nl/hooks.", "Een absolute URL, zoals https://las.example.nl/hooks."),
        ("A subscription names one or more of the known notification types.", "Een abonnement noemt een of meer van de bekende soorten meldingen."),
        ("The receiver ended this subscription (410 Gone); create a new one.", "De ontvanger heeft dit abonnement beëindigd (410 Gone); maak een nieuw abonnement."),
        ("A caller has at most {0} subscriptions; delete one first.", "Een aanroeper heeft hoogstens {0} abonnementen; verwijder er eerst een."),
        ("A subscription asks only for types the caller's roles may read.", "Een abonnement vraagt alleen soorten die de rollen van de aanroeper mogen lezen."),

        // The audit trail.
        ("A date (YYYY-MM-DD, UTC) or an ISO 8601 timestamp with its offset.", "Een datum (JJJJ-MM-DD, UTC) of een ISO 8601-tijdstip met verschuiving."),
        ("An object id is a GUID.", "Een object-id is een GUID."),
        ("The period ends on or after it starts.", "De periode eindigt op of na het begin."),

        // What is not found: the resource's name comes through the fragments.
        ("There is no {0} '{1}' in your scope: the id is unknown, or outside what your token may see.",
            "Er is geen {0:nl} '{1}' binnen uw bereik: het id is onbekend, of valt buiten wat uw token mag zien."),
        ("{0} has changed: the request expected version {1}, the current version is {2}.",
            "{0:nl} is gewijzigd: het verzoek verwachtte versie {1}, de huidige versie is {2:nl}."),
    ];
}
