namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>De BEN-kaart: voorzieningen, hun beheerders, meldingen en de geschiedenis.</summary>
internal static partial class DutchTexts
{
    private static readonly (string English, string Dutch)[] BenMap =
    [
        ("ageFrom must not exceed ageTo, and both lie between 0 and {0}.", "ageFrom is niet groter dan ageTo, en beide liggen tussen 0 en {0}."),
        ("This facility was withdrawn from the map and changes no more.", "Deze voorziening is van de kaart gehaald en verandert niet meer."),
        ("Only the facility's steward (or an admin, swv or coordinator where the request allows) may do this.",
            "Alleen de beheerder van de voorziening (of een beheerder van het platform, het swv of een coördinator waar het verzoek dat toestaat) mag dit doen."),
        ("You already have an open report of this kind on this facility; it stays open until the steward confirms or withdraws it.",
            "U hebt al een open melding van deze soort over deze voorziening; die blijft open tot de beheerder haar bevestigt of van de kaart haalt."),
        ("A facility cannot be withdrawn before it came on the map ({0}).", "Een voorziening kan niet van de kaart gehaald worden vóór ze erop kwam ({0})."),
        ("This school has no location yet, so no distance can be measured from it; an admin sets the school's location first.",
            "Deze school heeft nog geen locatie, dus er kan geen afstand vanaf gemeten worden; een beheerder legt eerst de locatie van de school vast."),
        ("Unknown area: a facility lies in one of the programme's areas.", "Onbekend gebied: een voorziening ligt in een van de gebieden van het programma."),
        ("Name each need at most once.", "Noem elke ondersteuningsbehoefte hoogstens één keer."),
        ("An absolute http or https address.", "Een volledig http- of https-adres."),
        ("Digits, spaces, brackets and dashes, optionally after a leading +.", "Cijfers, spaties, haakjes en streepjes, eventueel na een + vooraan."),
        ("The steward's sub as the token carries it: printable characters without spaces.", "De sub van de beheerder zoals het token die draagt: leesbare tekens zonder spaties."),
        ("A radius is measured from a school: give near as well.", "Een straal wordt vanaf een school gemeten: geef ook near op."),
    ];
}
