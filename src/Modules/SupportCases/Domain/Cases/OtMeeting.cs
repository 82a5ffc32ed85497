namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>A meeting of the multidisciplinary support team about one case, at level 5.</summary>
public sealed class OtMeeting
{
    private readonly List<OtRole> _participants = [];

    private OtMeeting()
    {
    }

    internal OtMeeting(Guid id, DateOnly heldOn, IReadOnlyList<OtRole> participants, OtDecision decision, ReferralType? referralType, SoCategory? category)
    {
        Id = id;
        HeldOn = heldOn;
        _participants.AddRange(participants.Distinct());
        Decision = decision;
        ReferralType = referralType;
        Category = category;
    }

    public Guid Id { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public IReadOnlyList<OtRole> Participants => _participants;

    public OtDecision Decision { get; private set; }

    public ReferralType? ReferralType { get; private set; }

    public SoCategory? Category { get; private set; }
}
