namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>The collective budget: contributions of schoolbesturen, freed funds, allocations and the ledger.</summary>
internal static partial class DutchTexts
{
    private static readonly (string English, string Dutch)[] CollectiveBudget =
    [
        ("This token does not act for that board.", "Dit token handelt niet namens dat schoolbestuur."),
        ("A target (the area, a cluster or a school) is required.", "Een bestemming (het gebied, een cluster of een school) is nodig."),
        ("A purpose is required.", "Een doel is nodig."),
        ("A purpose has at most 500 characters.", "Een doel heeft hoogstens 500 tekens."),
        ("Unknown {0} in this area.", "Onbekend in dit gebied: {0:nl}."),
        ("A board is required.", "Een schoolbestuur is nodig."),
        ("An external reference is required.", "Een externe referentie is nodig."),
        ("An external reference has at most 100 characters.", "Een externe referentie heeft hoogstens 100 tekens."),
        ("External reference '{0}' is already booked for this board with another kind or amount.",
            "Externe referentie '{0}' is voor dit schoolbestuur al geboekt met een andere soort of een ander bedrag."),
        ("External reference '{0}' is already booked for this board in another area or school year.",
            "Externe referentie '{0}' is voor dit schoolbestuur al geboekt in een ander gebied of schooljaar."),
        ("Unknown board, or a board without schools in this area.", "Onbekend schoolbestuur, of een schoolbestuur zonder scholen in dit gebied."),
        ("A school year is written YYYY-YYYY with consecutive years, like 2025-2026.",
            "Een schooljaar schrijft u als JJJJ-JJJJ met opeenvolgende jaren, zoals 2025-2026."),
        ("An amount is more than zero.", "Een bedrag is meer dan nul."),
        ("An amount has at most 2 decimals (euros and cents).", "Een bedrag heeft hoogstens 2 decimalen (euro's en centen)."),
        ("An amount is at most {0}.", "Een bedrag is hoogstens {0}."),
        ("A rate is not negative.", "Een tarief is niet negatief."),
        ("A rate has at most 2 decimals (euros and cents).", "Een tarief heeft hoogstens 2 decimalen (euro's en centen)."),
        ("A rate is at most {0}.", "Een tarief is hoogstens {0}."),
        ("A treasurer corrects only contributions of its own boards.", "Een penningmeester corrigeert alleen bijdragen van de eigen schoolbesturen."),
        ("A pool share lies between 0 and 1.", "Een aandeel voor de pot ligt tussen 0 en 1."),
        ("A pool share has at most 4 decimals.", "Een aandeel voor de pot heeft hoogstens 4 decimalen."),
        ("A baseline count is a whole number, zero or more.", "Een aantal in het basisjaar is een geheel getal, nul of meer."),
        ("There is no agreement for this area and school year, so there is no hourly rate to charge expertise at.",
            "Er is geen afspraak voor dit gebied en schooljaar, dus geen uurtarief om expertise tegen te rekenen."),
        ("This entry has already been corrected.", "Deze boeking is al gecorrigeerd."),
        ("Freed funds follow from the referrals and are recalculated, not corrected by hand.",
            "Vrijgekomen middelen volgen uit de verwijzingen en worden herberekend, niet met de hand gecorrigeerd."),
        ("A correction cannot be corrected; book the original entry again instead.",
            "Een correctie kan niet worden gecorrigeerd; boek in plaats daarvan de oorspronkelijke boeking opnieuw."),
        ("The pool has {0} remaining; {1} cannot be taken from it.", "De pot heeft nog {0}; {1} kan er niet uit worden gehaald."),
        ("School year {0} is closed for this area; book corrections in {1}.", "Schooljaar {0} is afgesloten voor dit gebied; boek correcties in {1}."),
    ];
}
