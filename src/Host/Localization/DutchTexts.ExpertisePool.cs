namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>The expertiseschil: professionals, expertise requests and the hours they log.</summary>
internal static partial class DutchTexts
{
    private static readonly (string English, string Dutch)[] ExpertisePool =
    [
        ("Hours are not logged for a date in the future.", "Uren worden niet geschreven op een datum in de toekomst."),
        ("Hours are not logged for a date before the request was made ({0}).", "Uren worden niet geschreven op een datum vóór de aanvraag ({0})."),
        ("School year {0} is closed for this area's budget; hours dated in it can no longer be logged.",
            "Schooljaar {0} is afgesloten voor het budget van dit gebied; uren in dat jaar kunnen niet meer worden geschreven."),
        ("A professional gives more than 0 and at most {0} hours a week.", "Een professional geeft meer dan 0 en hoogstens {0} uur per week."),
        ("A request asks for more than 0 and at most {0} hours.", "Een aanvraag vraagt meer dan 0 en hoogstens {0} uur."),
        ("No active professional with this expertise in the request's area has {0} hours left this week; the request stays waiting.",
            "Geen actieve professional met deze expertise in het gebied van de aanvraag heeft deze week nog {0} uur; de aanvraag blijft wachten."),
        ("Professional '{0}' is no longer active in the pool.", "Professional '{0}' is niet meer actief in de expertiseschil."),
        ("Professional '{0}' has {1} of {2} hours left this week; the request needs {3}.",
            "Professional '{0}' heeft deze week nog {1} van {2} uur; de aanvraag vraagt {3}."),
        ("Professional '{0}' does not work in the request's area.", "Professional '{0}' werkt niet in het gebied van de aanvraag."),
        ("Professional '{0}' does not offer the expertise asked for.", "Professional '{0}' biedt de gevraagde expertise niet."),
        ("This request is {0} and cannot change any more.", "Deze aanvraag is {0:nl} en kan niet meer veranderen."),
        ("The request asked for {0} hours and {1} are logged; {2} more would exceed it.",
            "De aanvraag vroeg {0} uur en er zijn {1} geschreven; nog {2} zou dat overschrijden."),
        ("No professional is assigned to this request yet.", "Aan deze aanvraag is nog geen professional toegewezen."),
        ("This request already has a professional assigned.", "Aan deze aanvraag is al een professional toegewezen."),
        ("A professional logs at most {0} hours on one date; {1} are already logged on that date.",
            "Een professional schrijft hoogstens {0} uur op één datum; op die datum zijn er al {1} geschreven."),
        ("Only the school that made this request, a coordinator or an admin may cancel it.",
            "Alleen de school die deze aanvraag deed, een coördinator of een beheerder mag haar annuleren."),
        ("Show 0 to {0} past weeks.", "Toon 0 tot en met {0} voorbije weken."),
        ("The same name and organisation as line {0}.", "Dezelfde naam en organisatie als regel {0}."),
        ("At least one expertise.", "Ten minste één expertise."),
        ("At least one area.", "Ten minste één gebied."),
        ("At most {0} areas.", "Hoogstens {0} gebieden."),
        ("Unknown professional.", "Onbekende professional."),
        ("A request is not completed before it was assigned ({0}).", "Een aanvraag wordt niet afgerond vóór de toewijzing ({0})."),
        ("A date before the request was made ({0}) is refused.", "Een datum vóór de aanvraag ({0}) wordt geweigerd."),
        ("Give either schoolId or clusterId: a request comes from one school or from one cluster.",
            "Geef schoolId of clusterId: een aanvraag komt van één school of van één cluster."),
        ("This token does not act for that school.", "Dit token handelt niet namens die school."),
        ("None of this token's schools belongs to that cluster.", "Geen van de scholen van dit token hoort bij dat cluster."),
        ("Unknown school.", "Onbekende school."),
        ("Unknown support case.", "Onbekend ondersteuningstraject."),
        ("The support case is closed.", "Het ondersteuningstraject is gesloten."),
        ("Hours are more than 0 and at most {0}.", "Uren zijn meer dan 0 en hoogstens {0}."),
        ("Hours have at most 2 decimals.", "Uren hebben hoogstens 2 decimalen."),
    ];
}
