using GeenKindDeBuurtUit.Host.Pages.Shared;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>The coordinator's page's own words; every language has them all, or it does not compile.</summary>
public interface IPoolTexts
{
    string Title { get; }
    string Intro { get; }
    string WaitingList { get; }
    string WaitingListCaption(int shown, int total);
    string NothingWaiting { get; }
    string Urgency { get; }
    string Expertise { get; }
    string Hours { get; }
    string RequestedBy { get; }
    string Area { get; }
    string RequestedOn { get; }
    string Waiting { get; }
    string WaitingDays(int days);
    string Professional { get; }
    string BestMatch { get; }
    string ChooseFor(string expertise, string requester);
    string Assign { get; }
    string Assigned(string requester, string professional);
    string Load { get; }
    string LoadCaption { get; }
    string LoadExplained { get; }
    string NoProfessionals { get; }
    string Organisation { get; }
    string HoursPerWeek { get; }
    string Week(string week, bool current);
    string CapacityLeft { get; }
    string Previous { get; }
    string Next { get; }
    string Paging { get; }
    string UrgencyName(string urgency);
    string ExpertiseName(string expertise);
    string Cluster(string name);
}

public static class PoolTexts
{
    public static IPoolTexts For(PageLanguage language) => language.IsDutch ? new DutchPoolTexts() : new EnglishPoolTexts();
}

internal sealed class DutchPoolTexts : IPoolTexts
{
    public string Title => "Expertiseschil: wachtlijst en belasting";
    public string Intro => "Aanvragen die nog op een professional wachten, spoed eerst en dan de oudste. Wijs met één klik de beste match toe, of kies zelf; dezelfde regels als in de API gelden.";
    public string WaitingList => "Wachtlijst";
    public string WaitingListCaption(int shown, int total) => $"Wachtende aanvragen ({shown} van {total}), spoed eerst";
    public string NothingWaiting => "Er wacht geen aanvraag op een professional.";
    public string Urgency => "Urgentie";
    public string Expertise => "Expertise";
    public string Hours => "Uren";
    public string RequestedBy => "Aangevraagd door";
    public string Area => "Gebied";
    public string RequestedOn => "Aangevraagd op";
    public string Waiting => "Wacht";
    public string WaitingDays(int days) => days == 1 ? "1 dag" : $"{days} dagen";
    public string Professional => "Professional";
    public string BestMatch => "Beste match";
    public string ChooseFor(string expertise, string requester) => $"Professional voor {expertise}, {requester}";
    public string Assign => "Toewijzen";
    public string Assigned(string requester, string professional) => $"De aanvraag van {requester} is toegewezen aan {professional}.";
    public string Load => "Belasting van de professionals";
    public string LoadCaption => "Uren per week tegenover de beschikbare uren: de afgelopen weken geschreven, deze week met de open uren";
    public string LoadExplained => "Alleen de huidige week telt open uren van toegewezen aanvragen; eerdere weken tonen de geschreven uren. Toekomstige weken kent het platform niet: een aanvraag wordt in de huidige week ingepland.";
    public string NoProfessionals => "Er zijn geen actieve professionals.";
    public string Organisation => "Organisatie";
    public string HoursPerWeek => "Uren per week";
    public string Week(string week, bool current) => current ? $"Week {week} (nu)" : $"Week {week}";
    public string CapacityLeft => "Nog vrij deze week";
    public string Previous => "Vorige";
    public string Next => "Volgende";
    public string Paging => "Pagina's van de wachtlijst";

    public string UrgencyName(string urgency) => urgency switch
    {
        "urgent" => "Spoed",
        "normal" => "Normaal",
        _ => urgency,
    };

    public string ExpertiseName(string expertise) => expertise switch
    {
        "language" => "Taal",
        "tos" => "TOS (taalontwikkelingsstoornis)",
        "behaviour" => "Gedrag",
        "learning" => "Leren",
        "early-childhood" => "Jonge kind",
        "newcomer" => "Nieuwkomers",
        "other" => "Overig",
        _ => expertise,
    };

    public string Cluster(string name) => $"bondje {name}";
}

internal sealed class EnglishPoolTexts : IPoolTexts
{
    public string Title => "Expertise pool: waiting list and load";
    public string Intro => "Requests still waiting for a professional, urgent first and then the oldest. Assign the best match with one click, or choose yourself; the same rules as in the API apply.";
    public string WaitingList => "Waiting list";
    public string WaitingListCaption(int shown, int total) => $"Waiting requests ({shown} of {total}), urgent first";
    public string NothingWaiting => "No request is waiting for a professional.";
    public string Urgency => "Urgency";
    public string Expertise => "Expertise";
    public string Hours => "Hours";
    public string RequestedBy => "Requested by";
    public string Area => "Area";
    public string RequestedOn => "Requested on";
    public string Waiting => "Waiting";
    public string WaitingDays(int days) => days == 1 ? "1 day" : $"{days} days";
    public string Professional => "Professional";
    public string BestMatch => "Best match";
    public string ChooseFor(string expertise, string requester) => $"Professional for {expertise}, {requester}";
    public string Assign => "Assign";
    public string Assigned(string requester, string professional) => $"The request of {requester} is assigned to {professional}.";
    public string Load => "The professionals' load";
    public string LoadCaption => "Hours per week against the hours available: past weeks as logged, this week with the open hours";
    public string LoadExplained => "Only the current week counts the open hours of assigned requests; earlier weeks show the hours logged. The platform has no future weeks: a request is planned in the current week.";
    public string NoProfessionals => "There are no active professionals.";
    public string Organisation => "Organisation";
    public string HoursPerWeek => "Hours per week";
    public string Week(string week, bool current) => current ? $"Week {week} (now)" : $"Week {week}";
    public string CapacityLeft => "Left this week";
    public string Previous => "Previous";
    public string Next => "Next";
    public string Paging => "Pages of the waiting list";

    public string UrgencyName(string urgency) => urgency switch
    {
        "urgent" => "Urgent",
        "normal" => "Normal",
        _ => urgency,
    };

    public string ExpertiseName(string expertise) => expertise switch
    {
        "tos" => "TOS (developmental language disorder)",
        "early-childhood" => "Early childhood",
        _ => expertise.Length == 0 ? expertise : char.ToUpperInvariant(expertise[0]) + expertise[1..],
    };

    public string Cluster(string name) => $"cluster {name}";
}
