using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public sealed record HoldOtMeeting(
    Guid CaseId,
    string? IfMatch,
    DateOnly HeldOn,
    IReadOnlyList<OtRole> Participants,
    OtDecision Decision,
    ReferralChoice? Referral) : ICommand<OtMeetingOutcome>, ISupportCaseChange;

/// <summary>The created OT meeting, with the case as it stands after it (its referral and its new version).</summary>
public sealed record OtMeetingOutcome(OtMeetingDto Meeting, SupportCaseDto SupportCase);

/// <summary>An SO referral names its funding category; an SBO referral has none.</summary>
public sealed record ReferralChoice(ReferralType Type, SoCategory? Category);

internal sealed class HoldOtMeetingValidator : AbstractValidator<HoldOtMeeting>
{
    public HoldOtMeetingValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldOn).IsPastOrToday(clock);
        RuleFor(c => c.Participants).NotEmpty().WithMessage("An OT meeting has participants.");
        When(c => c.Decision == OtDecision.Refer, () =>
        {
            RuleFor(c => c.Referral).NotNull().WithMessage("A decision to refer names the referral's type (and for SO its category).");
            RuleFor(c => c.Referral!.Category).NotNull().WithMessage("An SO referral needs a category: \"low\", \"medium\" or \"high\".")
                .When(c => c.Referral?.Type == ReferralType.So);
            RuleFor(c => c.Referral!.Category).Null().WithMessage("An SBO referral has no category.")
                .When(c => c.Referral?.Type == ReferralType.Sbo);
        });
        RuleFor(c => c.Referral).Null().WithMessage("Only a decision to refer carries a referral.")
            .When(c => c.Decision == OtDecision.Stay);
    }
}

internal sealed class HoldOtMeetingHandler(SupportCaseChanges changes) : ICommandHandler<HoldOtMeeting, OtMeetingOutcome>
{
    public async ValueTask<OtMeetingOutcome> Handle(HoldOtMeeting command, CancellationToken cancellationToken)
    {
        var meetingId = Guid.NewGuid();
        var updated = await changes.ApplyKnowingClosedYearsAsync(command, [("heldOn", command.HeldOn)], (c, closed) =>
        {
            var meeting = c.HoldOtMeeting(
                meetingId, command.HeldOn, command.Participants, command.Decision, command.Referral?.Type, command.Referral?.Category, closed);
            var events = new List<IntegrationEvent>
            {
                new OtMeetingHeldIntegrationEvent(c.Id, c.SchoolId, meeting.Id, meeting.HeldOn, WireName.Of(meeting.Decision), meeting.Participants.Select(WireName.Of).ToList()),
            };
            if (meeting.Decision == OtDecision.Refer && c.Referral is { } r)
            {
                events.Add(new PupilReferredIntegrationEvent(c.Id, c.SchoolId, WireName.Of(r.Type), r.WireCategory(), r.SchoolYear.ToString(), r.DecidedOn));
            }

            return events;
        }, cancellationToken);
        return new OtMeetingOutcome(updated.OtMeetings.Single(m => m.Id == meetingId), updated);
    }
}
