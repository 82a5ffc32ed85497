using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

internal static class SupportCaseMapping
{
    public static SupportCaseDto ToDto(this SupportCase c) => new(
        c.Id,
        c.SchoolId,
        c.PupilRef,
        c.Needs.Select(WireName.Of).ToList(),
        c.OpenedOn,
        c.Level,
        c.OppEstablishedOn,
        c.Involvements.OrderBy(i => i.On).Select(i => new InvolvementDto(WireName.Of(i.Party), i.On)).ToList(),
        WireName.Of(c.Status),
        c.Referral is { } r
            ? new ReferralDto(WireName.Of(r.Type), r.WireCategory(), r.SchoolYear.ToString(), r.DecidedOn, r.WithdrawnOn)
            : null,
        ConcurrencyCheck.VersionOf(c),
        c.LevelHistory.Select(h => new LevelChangeDto(h.From, h.To, h.On, h.Reason)).ToList(),
        c.OtMeetings.OrderBy(m => m.HeldOn).Select(ToDto).ToList(),
        c.ThuiszitterPeriods.OrderBy(p => p.Since).Select(p => new ThuiszitterPeriodDto(p.Since, p.Reason, p.EndedOn)).ToList(),
        c.Escalations.OrderBy(e => e.On).Select(e => new EscalationDto(WireName.Of(e.To), e.On, e.Reason)).ToList(),
        c.CollectiveApproachId,
        c.ClosedOn);

    public static PagedList<SupportCaseDto> ToDtoPage(this IReadOnlyList<SupportCase> cases, PageRequest page, int total) =>
        PagedList<SupportCaseDto>.Of(cases.Select(c => c.ToDto()).ToList(), page, total);

    /// <summary>The SO funding category as the contract writes it; an SBO referral has none.</summary>
    public static string? WireCategory(this Referral r) => r.Category is { } category ? WireName.Of(category) : null;

    private static OtMeetingDto ToDto(OtMeeting m) => new(
        m.Id,
        m.HeldOn,
        m.Participants.Select(p => new ParticipantDto(WireName.Of(p))).ToList(),
        WireName.Of(m.Decision),
        m.ReferralType is { } type ? new ReferralChoiceDto(WireName.Of(type), m.Category is { } category ? WireName.Of(category) : null) : null);
}
