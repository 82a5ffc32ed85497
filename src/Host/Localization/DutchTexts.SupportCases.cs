namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>Ondersteuningstrajecten, verwijzingen, thuiszitters, bondjes (collective approaches) and imported history.</summary>
internal static partial class DutchTexts
{
    private static readonly (string English, string Dutch)[] SupportCases =
    [
        ("This case is closed and cannot change any more.", "Dit ondersteuningstraject is gesloten en kan niet meer veranderen."),
        ("A case opens at level 1, 2 or 3, not at level {0}.", "Een ondersteuningstraject begint op ondersteuningsniveau 1, 2 of 3, niet op niveau {0}."),
        ("A case opens at level 1, 2 or 3.", "Een ondersteuningstraject begint op ondersteuningsniveau 1, 2 of 3."),
        ("A level is 1, 2, 3, 4 or 5.", "Een ondersteuningsniveau is 1, 2, 3, 4 of 5."),
        ("Level {0} needs a recorded involvement of the parents first.", "Ondersteuningsniveau {0} vraagt eerst een vastgelegde betrokkenheid van de ouders."),
        ("Level {0} is beyond basic support and needs an established OPP (ontwikkelingsperspectiefplan) first.",
            "Ondersteuningsniveau {0} gaat verder dan de basisondersteuning en vraagt eerst een vastgesteld OPP (ontwikkelingsperspectiefplan)."),
        ("A level change on {0} would come before the case's last recorded level change or OT meeting ({1}); the history is only added to.",
            "Een niveauwijziging op {0} zou vóór de laatst vastgelegde niveauwijziging of OT-bespreking van het traject komen ({1}); aan de geschiedenis wordt alleen toegevoegd."),
        ("A date before the case was opened ({0}) is refused.", "Een datum vóór de opening van het traject ({0}) wordt geweigerd."),
        ("The pupil already has an open case at this school.", "De leerling heeft al een open ondersteuningstraject op deze school."),
        ("An OT meeting is held only at level 5; on {0} this case was at level {1}.",
            "Een OT-bespreking is er alleen op ondersteuningsniveau 5; op {0} was dit traject op niveau {1}."),
        ("An OT meeting is held only at level 5; on {0} this case was at level {1} (it reached level 5 on {2}).",
            "Een OT-bespreking is er alleen op ondersteuningsniveau 5; op {0} was dit traject op niveau {1} (het bereikte niveau 5 op {2})."),
        ("An OT meeting needs a staff member of the SWV among its participants.", "Bij een OT-bespreking is een medewerker van het samenwerkingsverband (SWV) nodig."),
        ("An OT meeting has participants.", "Een OT-bespreking heeft deelnemers."),
        ("A decision to refer names the referral's type (and for SO its category).",
            "Een besluit tot verwijzing noemt het soort verwijzing (en voor SO de categorie)."),
        ("An SO referral needs a category: \"low\", \"medium\" or \"high\".", "Een verwijzing naar het SO heeft een categorie nodig: \"low\", \"medium\" of \"high\"."),
        ("An SBO referral has no category.", "Een verwijzing naar het SBO heeft geen categorie."),
        ("Only a decision to refer carries a referral.", "Alleen een besluit tot verwijzing bevat een verwijzing."),
        ("A referral to special education is only ever the decision of an OT meeting.",
            "Een verwijzing naar het speciaal onderwijs is altijd het besluit van een OT-bespreking."),
        ("This case already has a referral that stands; withdraw it before the OT decides again.",
            "Dit traject heeft al een verwijzing die staat; trek die in voordat het OT opnieuw besluit."),
        ("This case has no referral to withdraw.", "Dit traject heeft geen verwijzing om in te trekken."),
        ("The referral of this case has already been withdrawn.", "De verwijzing van dit traject is al ingetrokken."),
        ("A withdrawal on {0} comes before the OT decided the referral on {1}.",
            "Een intrekking op {0} valt vóór het besluit van het OT over de verwijzing op {1}."),
        ("There is no OT meeting '{0}' of support case '{1}' in your scope.",
            "Er is geen OT-bespreking '{0}' van ondersteuningstraject '{1}' binnen uw bereik."),

        // Thuiszitters.
        ("The child is already recorded as at home without education; end that period first.",
            "Het kind staat al geregistreerd als thuiszitter; beëindig die periode eerst."),
        ("The child is not recorded as at home without education.", "Het kind staat niet geregistreerd als thuiszitter."),
        ("A thuiszitter period dated {0} counts in school year {1}, {2}; its figures stay as they were closed.",
            "Een thuiszitterperiode gedateerd {0} telt in schooljaar {1}, {2:nl}; de cijfers blijven zoals ze zijn afgesloten."),

        // Closed school years.
        ("This referral counts in school year {0}, the baseline of {1}, {2}; its figures stay as they were closed.",
            "Deze verwijzing telt in schooljaar {0}, het basisjaar van {1}, {2:nl}; de cijfers blijven zoals ze zijn afgesloten."),
        ("This referral counts in school year {0}, {1}; its figures stay as they were closed.",
            "Deze verwijzing telt in schooljaar {0}, {1:nl}; de cijfers blijven zoals ze zijn afgesloten."),
        ("This referral counts in school year {0}, whose referrals of this school were imported as history; to record it here, import the year again without this school first.",
            "Deze verwijzing telt in schooljaar {0}, waarvan de verwijzingen van deze school als geschiedenis zijn ingelezen; lees het jaar eerst opnieuw in zonder deze school om haar hier vast te leggen."),

        // Bondjes: collective approaches of schools.
        ("At least one need is required.", "Ten minste één ondersteuningsbehoefte is nodig."),
        ("Name the schools involved.", "Noem de betrokken scholen."),
        ("An approach ends on or after the day it starts.", "Een bondje eindigt op of na de dag waarop het begint."),
        ("Unknown {0}.", "Onbekend: {0:nl}."),
        ("Every school involved must belong to the {0} that agrees the approach.", "Elke betrokken school hoort bij het {0:nl} dat het bondje afspreekt."),
        ("Unknown collective approach.", "Onbekend bondje."),
        ("The case's school does not take part in this collective approach.", "De school van het traject doet niet mee aan dit bondje."),

        // Referral and thuiszitter history.
        ("An import holds at most {0} rows.", "Een import heeft hoogstens {0} rijen."),
        ("A school year like 2024-2025 is expected.", "Een schooljaar zoals 2024-2025 wordt verwacht."),
        ("A count is a whole number from 0 to {0}.", "Een aantal is een geheel getal van 0 tot en met {0}."),
        ("No school with this BRIN is known.", "Er is geen school met dit BRIN bekend."),
        ("No school with this id is known.", "Er is geen school met dit id bekend."),
        ("The same school as {0}; a year holds one row per school.", "Dezelfde school als {0:nl}; een jaar heeft één rij per school."),
        ("No area with this id is known (an area of a registered school).", "Er is geen gebied met dit id bekend (een gebied van een geregistreerde school)."),
        ("The same area as {0}; a year holds one row per area.", "Hetzelfde gebied als {0:nl}; een jaar heeft één rij per gebied."),
        ("{0} is in the import more than once; a year holds one row per school or area.",
            "{0} staat meer dan eens in de import; een jaar heeft één rij per school of gebied."),
        ("School year {0} ends on {1}; only a year that has ended is imported as history.",
            "Schooljaar {0} eindigt op {1}; alleen een afgelopen jaar wordt als geschiedenis ingelezen."),
        ("School year {0} already holds referrals recorded through the platform for {1} school(s) of the import ({2}); they are counted from those. Leave these schools out, or withdraw the referrals first.",
            "Schooljaar {0} heeft al verwijzingen die via het platform zijn vastgelegd voor {1} school/scholen uit de import ({2}); die tellen daaruit. Laat deze scholen weg, of trek de verwijzingen eerst in."),
        ("School year {0} is the baseline of {1}, {2}; its history stays as it was closed.",
            "Schooljaar {0} is het basisjaar van {1}, {2:nl}; de geschiedenis blijft zoals ze is afgesloten."),
        ("School year {0} is closed, {1}; its history stays as it was closed.",
            "Schooljaar {0} is afgesloten, {1:nl}; de geschiedenis blijft zoals ze is afgesloten."),
        ("A file's source is the query parameter `source`: where the counts come from, in the SWV's words.",
            "De bron van een bestand is de queryparameter `source`: waar de aantallen vandaan komen, in de woorden van het SWV."),
        ("A JSON body names its source in the body; the query parameter `source` is for a file.",
            "Een JSON-inhoud noemt de bron in de inhoud; de queryparameter `source` is voor een bestand."),
    ];
}
