using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Facilities.Domain.History;
using GeenKindDeBuurtUit.Facilities.Domain.Reports;
using GeenKindDeBuurtUit.Facilities.Domain.Rules;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Facilities.Domain.Facilities;

/// <summary>
/// A facility (voorziening) on the BEN map, kept current by its steward: the partner organisation's
/// account named by <see cref="StewardSub"/>. It is never deleted: withdrawn, it leaves the map and
/// keeps its history. Every change writes a history entry (who, when, which fields).
/// </summary>
public sealed class Facility : AggregateRoot
{
    /// <summary>Who the history names for what the daily job and the reports' count decide.</summary>
    public const string SystemActor = "system:ben-map";

    /// <summary>Open reports of <c>closed</c> from this many different schools dispute a facility.</summary>
    public const int DisputingSchools = 3;

    private readonly List<Need> _offers = [];
    private readonly List<FacilityReport> _reports = [];
    private readonly List<FacilityHistoryEntry> _history = [];

    private Facility()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public FacilityKind Kind { get; private set; }

    public string? Description { get; private set; }

    public string Address { get; private set; } = string.Empty;

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public GeoPoint Location => new(Latitude, Longitude);

    public Guid AreaId { get; private set; }

    public IReadOnlyList<Need> Offers => _offers;

    public int? AgeFrom { get; private set; }

    public int? AgeTo { get; private set; }

    public string? ContactUrl { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? ContactEmail { get; private set; }

    public string StewardSub { get; private set; } = string.Empty;

    public FacilityStatus Status { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    /// <summary>UTC: when the steward last said "still right", or the facility was created.</summary>
    public DateTime ConfirmedAt { get; private set; }

    /// <summary>The Amsterdam date of <see cref="ConfirmedAt"/>, from which stale and hidden are counted.</summary>
    public DateOnly ConfirmedOn { get; private set; }

    /// <summary>The stale date the steward was last reminded of: one reminder per due date.</summary>
    public DateOnly? ReminderSentFor { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public IReadOnlyList<FacilityReport> Reports => _reports;

    /// <summary>The entries this instance added; the stored history is read through its own query.</summary>
    public IReadOnlyList<FacilityHistoryEntry> History => _history;

    /// <summary>The schools with an open report of <c>closed</c>.</summary>
    public int OpenClosedReports => _reports.Where(r => r.IsOpen && r.Kind == ReportKind.Closed && r.ReporterSchoolId is not null)
        .Select(r => r.ReporterSchoolId).Distinct().Count();

    /// <summary>Hidden and withdrawn facilities are off the map: read only by their steward and admins.</summary>
    public bool IsOnMap => Status is not (FacilityStatus.Hidden or FacilityStatus.Withdrawn);

    public static Facility Create(Guid id, FacilityDetails details, string by, DateTimeOffset at, DateOnly today)
    {
        CheckRule(new AgeRangeRule(details.AgeFrom, details.AgeTo));
        var facility = new Facility
        {
            Id = id,
            Status = FacilityStatus.Active,
            CreatedOn = today,
            ConfirmedAt = Stored(at),
            ConfirmedOn = today,
        };
        var changes = facility.Apply(details);
        facility.Record(HistoryAction.Created, by, at, changes);
        return facility;
    }

    /// <summary>Sets everything the body says; the history names the fields that changed.</summary>
    public void Update(FacilityDetails details, string by, DateTimeOffset at)
    {
        CheckRule(new FacilityWithdrawnRule(Status));
        CheckRule(new AgeRangeRule(details.AgeFrom, details.AgeTo));
        var changes = Apply(details);
        if (changes.Count > 0)
        {
            Record(HistoryAction.Updated, by, at, changes);
        }
    }

    /// <summary>The steward says "still right": active again, its open reports settled.</summary>
    public void Confirm(string by, DateTimeOffset at, DateOnly today)
    {
        CheckRule(new FacilityWithdrawnRule(Status));
        var changes = new List<FieldChange>();
        changes.AddRange(StatusTo(FacilityStatus.Active));
        changes.Add(new FieldChange("confirmedOn", Text(ConfirmedOn), Text(today)));
        changes.AddRange(CloseOpenReports());
        ConfirmedAt = Stored(at);
        ConfirmedOn = today;
        Record(HistoryAction.Confirmed, by, at, changes);
    }

    /// <returns>The report; the facility is disputed when it brings the schools reporting it closed to <see cref="DisputingSchools"/>.</returns>
    public FacilityReport Report(Guid reportId, ReportKind kind, string note, Reporter reporter, DateTimeOffset at)
    {
        CheckRule(new FacilityWithdrawnRule(Status));
        CheckRule(new ReportAlreadyOpenRule(_reports, kind, reporter));
        var report = new FacilityReport(reportId, kind, note, reporter.Sub, reporter.SchoolId, Stored(at));
        _reports.Add(report);
        Record(HistoryAction.Reported, reporter.Sub, at, [new FieldChange("kind", null, Wire(kind)), new FieldChange("note", null, null)]);
        if (Status != FacilityStatus.Disputed && IsOnMap && OpenClosedReports >= DisputingSchools)
        {
            Record(HistoryAction.Disputed, SystemActor, at, [.. StatusTo(FacilityStatus.Disputed)]);
        }

        return report;
    }

    public void Withdraw(DateOnly on, string reason, string by, DateTimeOffset at)
    {
        CheckRule(new FacilityWithdrawnRule(Status));
        CheckRule(new WithdrawalDateRule(on, CreatedOn));
        var changes = StatusTo(FacilityStatus.Withdrawn).ToList();
        changes.Add(new FieldChange("withdrawnOn", null, Text(on)));
        changes.Add(new FieldChange("reason", null, null));
        changes.AddRange(CloseOpenReports());
        WithdrawnOn = on;
        WithdrawalReason = reason;
        Record(HistoryAction.Withdrawn, by, at, changes);
    }

    /// <summary>The daily job's step: stale when not confirmed for the policy's period, hidden after its grace period.</summary>
    /// <returns>Whether the status changed.</returns>
    public bool KeepCurrent(ConfirmationPolicy policy, DateOnly today, DateTimeOffset at)
    {
        if (!IsOnMap)
        {
            return false;
        }

        if (today >= policy.HiddenOn(ConfirmedOn))
        {
            Record(HistoryAction.Hidden, SystemActor, at, [.. StatusTo(FacilityStatus.Hidden)]);
            return true;
        }

        if (today >= policy.StaleOn(ConfirmedOn) && Status == FacilityStatus.Active)
        {
            Record(HistoryAction.Stale, SystemActor, at, [.. StatusTo(FacilityStatus.Stale)]);
            return true;
        }

        return false;
    }

    /// <returns>Whether the steward is to be reminded now: once per stale date, from the policy's reminder date on, while not yet stale.</returns>
    public bool RemindIfDue(ConfirmationPolicy policy, DateOnly today, DateTimeOffset at)
    {
        var staleOn = policy.StaleOn(ConfirmedOn);
        if (!IsOnMap || Status == FacilityStatus.Stale || today < policy.ReminderOn(ConfirmedOn) || today >= staleOn || ReminderSentFor == staleOn)
        {
            return false;
        }

        Record(HistoryAction.ReminderSent, SystemActor, at, [new FieldChange("reminderSentFor", Text(ReminderSentFor), Text(staleOn))]);
        ReminderSentFor = staleOn;
        return true;
    }

    private List<FieldChange> Apply(FacilityDetails details)
    {
        var changes = new List<FieldChange>();
        var created = StewardSub.Length == 0;
        Set(changes, "name", Name, details.Name, v => Name = v);
        Set(changes, "kind", created ? null : Wire(Kind), Wire(details.Kind), _ => Kind = details.Kind);
        if (Description != details.Description)
        {
            changes.Add(new FieldChange("description", null, null));
            Description = details.Description;
        }

        Set(changes, "address", Address, details.Address, v => Address = v);
        Set(changes, "location.lat", Number(Latitude), Number(details.Location.Latitude), _ => Latitude = details.Location.Latitude);
        Set(changes, "location.lon", Number(Longitude), Number(details.Location.Longitude), _ => Longitude = details.Location.Longitude);
        Set(changes, "areaId", AreaId == Guid.Empty ? null : AreaId.ToString(), details.AreaId.ToString(), _ => AreaId = details.AreaId);
        Set(changes, "offers", string.Join(",", _offers.Select(n => Wire(n))), string.Join(",", details.Offers.Select(n => Wire(n))), _ =>
        {
            _offers.Clear();
            _offers.AddRange(details.Offers);
        });
        Set(changes, "ageFrom", Number(AgeFrom), Number(details.AgeFrom), _ => AgeFrom = details.AgeFrom);
        Set(changes, "ageTo", Number(AgeTo), Number(details.AgeTo), _ => AgeTo = details.AgeTo);
        Set(changes, "contact.url", ContactUrl, details.Contact.Url, v => ContactUrl = v);
        Set(changes, "contact.phone", ContactPhone, details.Contact.Phone, v => ContactPhone = v);
        Set(changes, "contact.email", ContactEmail, details.Contact.Email, v => ContactEmail = v);
        Set(changes, "stewardSub", StewardSub, details.StewardSub, v => StewardSub = v);
        return changes;
    }

    private static void Set(List<FieldChange> changes, string field, string? from, string? to, Action<string> apply)
    {
        if (string.Equals(from is "" ? null : from, to is "" ? null : to, StringComparison.Ordinal))
        {
            return;
        }

        changes.Add(new FieldChange(field, from is "" ? null : from, to is "" ? null : to));
        apply(to!);
    }

    private IEnumerable<FieldChange> StatusTo(FacilityStatus status)
    {
        if (Status == status)
        {
            return [];
        }

        var change = new FieldChange("status", Wire(Status), Wire(status));
        Status = status;
        return [change];
    }

    private IEnumerable<FieldChange> CloseOpenReports()
    {
        var open = _reports.Where(r => r.IsOpen).ToList();
        open.ForEach(r => r.Close());
        return open.Count == 0 ? [] : [new FieldChange("openReports", open.Count.ToString(CultureInfo.InvariantCulture), "0")];
    }

    private void Record(HistoryAction action, string by, DateTimeOffset at, IReadOnlyList<FieldChange> changes)
    {
        _history.Add(new FacilityHistoryEntry(Id, action, by, Stored(at), changes));
        Raise(new FacilityChanged(Id));
    }

    // PostgreSQL keeps whole microseconds: an answer shows the time as it will be read back.
    private static DateTime Stored(DateTimeOffset at) => at.UtcDateTime.AddTicks(-(at.UtcDateTime.Ticks % TimeSpan.TicksPerMicrosecond));

    // The wire's kebab case: the domain cannot reach the application layer's WireName.
    private static string Wire(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string? Number(double value) => value == 0 ? null : value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
