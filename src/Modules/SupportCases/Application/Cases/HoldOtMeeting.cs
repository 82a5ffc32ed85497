using System.ComponentModel.DataAnnotations;
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
    DateOnly? HeldOn,
    IReadOnlyList<OtParticipant?>? Participants,
    string? Decision,
    OtReferralChoice? Referral) : ICommand<OtMeetingOutcome>, ISupportCaseChange;

/// <summary>The created OT meeting, with the case as it stands after it (its referral and its new version).</summary>
public sealed record OtMeetingOutcome(OtMeetingDto Meeting, SupportCaseDto SupportCase);

public sealed record OtParticipant([property: Required, WireValues(typeof(OtRole))] string? Role);

/// <summary>An SO referral names its funding category; an SBO referral has none.</summary>
public sealed record OtReferralChoice([property: Required, WireValues(typeof(ReferralType))] string? Type, [property: WireValues(typeof(SoCategory))] string? Category);

internal sealed class HoldOtMeetingValidator : AbstractValidator<HoldOtMeeting>
{
    public HoldOtMeetingValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldOn).IsPastOrToday(clock);
        RuleFor(c => c.Participants).NotEmpty().WithMessage("An OT meeting has participants.");
        RuleForEach(c => c.Participants).NotNull().ChildRules(p => p.RuleFor(x => x!.Role).IsWireValue<OtParticipant?, OtRole>());
        RuleFor(c => c.Decision).IsWireValue<HoldOtMeeting, OtDecision>();
        When(c => c.Decision == WireName.Of(OtDecision.Refer), () =>
        {
            RuleFor(c => c.Referral).NotNull().WithMessage("A decision to refer names the referral's type (and for SO its category).");
            RuleFor(c => c.Referral!.Type).IsWireValue<HoldOtMeeting, ReferralType>().When(c => c.Referral is not null);
            RuleFor(c => c.Referral!.Category).NotEmpty().WithMessage("An SO referral needs a category: \"low\", \"medium\" or \"high\".")
                .When(c => c.Referral?.Type == WireName.Of(ReferralType.So));
            RuleFor(c => c.Referral!.Category).IsWireValue<HoldOtMeeting, SoCategory>()
                .When(c => c.Referral?.Type == WireName.Of(ReferralType.So) && c.Referral.Category is not null);
            RuleFor(c => c.Referral!.Category).Null().WithMessage("An SBO referral has no category.")
                .When(c => c.Referral?.Type == WireName.Of(ReferralType.Sbo));
        });
        RuleFor(c => c.Referral).Null().WithMessage("Only a decision to refer carries a referral.")
            .When(c => c.Decision == WireName.Of(OtDecision.Stay));
    }
}

internal sealed class HoldOtMeetingHandler(SupportCaseChanges changes) : ICommandHandler<HoldOtMeeting, OtMeetingOutcome>
{
    public async ValueTask<OtMeetingOutcome> Handle(HoldOtMeeting command, CancellationToken cancellationToken)
    {
        var meetingId = Guid.NewGuid();
        var updated = await changes.ApplyToReferralsAsync(command, [("heldOn", command.HeldOn)], (c, closed) =>
        {
            var roles = command.Participants!.Select(p => WireName.Parse<OtRole>(p!.Role!)).ToList();
            var decision = WireName.Parse<OtDecision>(command.Decision!);
            ReferralType? type = command.Referral?.Type is { } t ? WireName.Parse<ReferralType>(t) : null;
            SoCategory? category = command.Referral?.Category is { } k ? WireName.Parse<SoCategory>(k) : null;
            var meeting = c.HoldOtMeeting(meetingId, command.HeldOn!.Value, roles, decision, type, category, closed);
            var events = new List<IntegrationEvent>
            {
                new OtMeetingHeldIntegrationEvent(c.Id, c.SchoolId, meeting.Id, meeting.HeldOn, WireName.Of(decision), meeting.Participants.Select(WireName.Of).ToList()),
            };
            if (decision == OtDecision.Refer && c.Referral is { } r)
            {
                events.Add(new PupilReferredIntegrationEvent(c.Id, c.SchoolId, WireName.Of(r.Type), r.WireCategory(), r.SchoolYear.ToString(), r.DecidedOn));
            }

            return events;
        }, cancellationToken);
        return new OtMeetingOutcome(updated.OtMeetings.Single(m => m.Id == meetingId), updated);
    }
}
