using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Domain;

/// <summary>Cases as the domain tests need them: at a level, with or without OPP and parents.</summary>
internal sealed class SupportCaseBuilder
{
    public static readonly DateOnly Opened = new(2025, 9, 1);

    private int _level = 1;
    private bool _opp;
    private bool _parents;
    private bool _referred;

    public SupportCaseBuilder AtLevel(int level)
    {
        _level = level;
        _opp |= level >= SupportLevel.OutsideExpertise;
        _parents |= level >= SupportLevel.OutsideExpertise;
        return this;
    }

    public SupportCaseBuilder WithOpp()
    {
        _opp = true;
        return this;
    }

    public SupportCaseBuilder WithParentsInvolved()
    {
        _parents = true;
        return this;
    }

    public SupportCaseBuilder Referred()
    {
        _referred = true;
        return AtLevel(SupportLevel.SupportTeam);
    }

    public SupportCase Build()
    {
        var supportCase = SupportCase.Open(Guid.NewGuid(), Guid.NewGuid(), "LAS-42", [Need.Language], Math.Min(_level, 3), Opened);
        if (_parents)
        {
            supportCase.RecordInvolvement(InvolvedParty.Parents, Opened.AddDays(1));
        }

        if (_opp)
        {
            supportCase.EstablishOpp(Opened.AddDays(2));
        }

        if (_level > 3)
        {
            supportCase.ChangeLevel(_level, Opened.AddDays(3), "more support needed");
        }

        if (_referred)
        {
            supportCase.HoldOtMeeting(Guid.NewGuid(), Opened.AddDays(10), [OtRole.Swv, OtRole.School], OtDecision.Refer, ReferralType.Sbo, null, ClosedSchoolYears.None);
        }

        return supportCase;
    }
}
