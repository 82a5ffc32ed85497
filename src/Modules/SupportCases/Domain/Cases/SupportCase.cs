using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Rules;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>
/// The support route of one child at one school: levels 1-5, the OPP, parents' involvement,
/// OT meetings and at most one standing referral to special education.
/// </summary>
public sealed class SupportCase : AggregateRoot
{
    private readonly List<Need> _needs = [];
    private readonly List<Involvement> _involvements = [];
    private readonly List<LevelChange> _levelHistory = [];
    private readonly List<OtMeeting> _otMeetings = [];
    private readonly List<ThuiszitterPeriod> _thuiszitterPeriods = [];
    private readonly List<Escalation> _escalations = [];

    private SupportCase()
    {
        PupilRef = string.Empty;
    }

    private SupportCase(Guid id, Guid schoolId, string pupilRef, IEnumerable<Need> needs, int level, DateOnly openedOn)
    {
        Id = id;
        SchoolId = schoolId;
        PupilRef = pupilRef;
        _needs.AddRange(needs.Distinct().Order());
        Level = level;
        OpenedOn = openedOn;
        Status = CaseStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid SchoolId { get; private set; }

    public string PupilRef { get; private set; }

    public IReadOnlyList<Need> Needs => _needs;

    public DateOnly OpenedOn { get; private set; }

    public int Level { get; private set; }

    public DateOnly? OppEstablishedOn { get; private set; }

    public IReadOnlyList<Involvement> Involvements => _involvements;

    /// <summary>Every level change with its date, in the order recorded; only ever added to.</summary>
    public IReadOnlyList<LevelChange> LevelHistory => _levelHistory;

    public IReadOnlyList<OtMeeting> OtMeetings => _otMeetings;

    public Referral? Referral { get; private set; }

    public IReadOnlyList<ThuiszitterPeriod> ThuiszitterPeriods => _thuiszitterPeriods;

    public IReadOnlyList<Escalation> Escalations => _escalations;

    public Guid? CollectiveApproachId { get; private set; }

    public CaseStatus Status { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosureReason { get; private set; }

    /// <summary>A closed case whose referral still stood when it closed: the pupil went to special education.</summary>
    public bool WasReferredAtClosure => Status == CaseStatus.Closed && Referral is { IsActive: true };

    public ThuiszitterPeriod? OngoingThuiszitterPeriod => ThuiszitterPeriods.SingleOrDefault(p => p.IsOngoing);

    /// <summary>The last day the level history or an OT meeting speaks of; a new level change cannot come before it.</summary>
    private DateOnly? LatestLevelFact => LevelHistory.Select(c => (DateOnly?)c.On).Concat(OtMeetings.Select(m => (DateOnly?)m.HeldOn)).Max();

    public static SupportCase Open(Guid id, Guid schoolId, string pupilRef, IReadOnlyCollection<Need> needs, int level, DateOnly openedOn)
    {
        CheckRule(new OpeningLevelRule(level));
        return new SupportCase(id, schoolId, pupilRef, needs, level, openedOn);
    }

    public void RecordInvolvement(InvolvedParty party, DateOnly on)
    {
        CheckRule(new CaseClosedRule(Status));
        _involvements.Add(new Involvement(party, on));
        Raise(new SupportCaseChanged(Id));
    }

    public void EstablishOpp(DateOnly on)
    {
        CheckRule(new CaseClosedRule(Status));
        OppEstablishedOn = on;
        Raise(new SupportCaseChanged(Id));
    }

    /// <returns>The change, or null when the case already is at that level.</returns>
    public LevelChange? ChangeLevel(int level, DateOnly on, string reason)
    {
        CheckRule(new CaseClosedRule(Status));
        if (level == Level)
        {
            return null;
        }

        CheckRule(new LevelChangeOutOfOrderRule(on, LatestLevelFact));
        if (level > Level)
        {
            CheckRule(new OppRequiredRule(level, OppEstablishedOn));
            CheckRule(new ParentsInvolvedRule(level, Involvements));
        }

        var change = new LevelChange(Level, level, on, reason);
        _levelHistory.Add(change);
        Level = level;
        Raise(new SupportCaseChanged(Id));
        return change;
    }

    /// <summary>The level the case was at by the end of <paramref name="day"/>, read from its level history.</summary>
    public int LevelOn(DateOnly day)
    {
        // Stable: changes on one day stay in the order they were recorded, the last one holds.
        var ordered = LevelHistory.OrderBy(c => c.On).ToList();
        return ordered.LastOrDefault(c => c.On <= day)?.To ?? ordered.FirstOrDefault()?.From ?? Level;
    }

    public OtMeeting HoldOtMeeting(
        Guid meetingId, DateOnly heldOn, IReadOnlyList<OtRole> participants, OtDecision decision, ReferralType? type, SoCategory? category, ClosedSchoolYears closed)
    {
        CheckRule(new CaseClosedRule(Status));
        CheckRule(new OtRequiresLevel5Rule(LevelOn(heldOn), heldOn, LevelHistory.LastOrDefault(c => c.To == SupportLevel.SupportTeam)?.On));
        CheckRule(new OtRequiresSwvRule(participants));
        var meeting = new OtMeeting(meetingId, heldOn, participants, decision, decision == OtDecision.Refer ? type : null, decision == OtDecision.Refer ? category : null);
        if (decision == OtDecision.Refer)
        {
            CheckRule(new AlreadyReferredRule(Referral));
            CheckRule(new ReferralNeedsOtRule(meeting));
            CheckRule(new ClosedSchoolYearRule(SchoolYear.Of(heldOn), closed));
            CheckRule(new ImportedHistoryRule(SchoolYear.Of(heldOn), closed));
            Referral = new Referral(meeting);
        }

        _otMeetings.Add(meeting);
        Raise(new SupportCaseChanged(Id));
        return meeting;
    }

    public Referral WithdrawReferral(DateOnly on, string reason, ClosedSchoolYears closed)
    {
        CheckRule(new CaseClosedRule(Status));
        CheckRule(new NoReferralRule(Referral));
        CheckRule(new WithdrawalBeforeDecisionRule(Referral!, on));

        // A withdrawal takes the referral out of the count of the year it was decided in, whatever day it is made.
        CheckRule(new ClosedSchoolYearRule(Referral!.SchoolYear, closed));
        Referral.Withdraw(on, reason);
        Raise(new SupportCaseChanged(Id));
        return Referral;
    }

    public void StartThuiszitterPeriod(DateOnly since, string reason, ClosedSchoolYears closed)
    {
        CheckRule(new CaseClosedRule(Status));
        CheckRule(new ThuiszitterPeriodRule(starting: true, OngoingThuiszitterPeriod));
        CheckRule(new ThuiszitterPeriodInClosedYearRule(since, closed));
        _thuiszitterPeriods.Add(new ThuiszitterPeriod(since, reason));
        Raise(new SupportCaseChanged(Id));
    }

    public ThuiszitterPeriod EndThuiszitterPeriod(DateOnly on, ClosedSchoolYears closed)
    {
        CheckRule(new CaseClosedRule(Status));
        CheckRule(new ThuiszitterPeriodRule(starting: false, OngoingThuiszitterPeriod));
        CheckRule(new ThuiszitterPeriodInClosedYearRule(on, closed));
        var period = OngoingThuiszitterPeriod!;
        period.End(on);
        Raise(new SupportCaseChanged(Id));
        return period;
    }

    public void Escalate(EscalationTarget to, DateOnly on, string reason)
    {
        CheckRule(new CaseClosedRule(Status));
        _escalations.Add(new Escalation(to, on, reason));
        Raise(new SupportCaseChanged(Id));
    }

    public void LinkToCollectiveApproach(Guid approachId)
    {
        CheckRule(new CaseClosedRule(Status));
        CollectiveApproachId = approachId;
        Raise(new SupportCaseChanged(Id));
    }

    /// <returns>The thuiszitter period that ended with the case, if one was ongoing.</returns>
    public ThuiszitterPeriod? Close(DateOnly on, string reason)
    {
        CheckRule(new CaseClosedRule(Status));
        Status = CaseStatus.Closed;
        ClosedOn = on;
        ClosureReason = reason;

        // A closed case cannot change any more, so an ongoing period has to end with it.
        var ongoing = OngoingThuiszitterPeriod;
        ongoing?.End(on);
        Raise(new SupportCaseChanged(Id));
        return ongoing;
    }
}
