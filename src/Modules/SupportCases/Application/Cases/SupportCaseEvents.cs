using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>What the other modules are told. Primitives only, and never the pupil reference.</summary>
internal static class SupportCaseEvents
{
    public static PupilReferredIntegrationEvent Referred(SupportCase c, Referral r) =>
        new(c.Id, c.SchoolId, WireName.Of(r.Type), Category(r), r.SchoolYear.ToString(), r.DecidedOn);

    public static ReferralWithdrawnIntegrationEvent Withdrawn(SupportCase c, Referral r) =>
        new(c.Id, c.SchoolId, WireName.Of(r.Type), Category(r), r.SchoolYear.ToString(), r.DecidedOn, r.WithdrawnOn!.Value);

    public static ThuiszitterEndedIntegrationEvent ThuiszitterEnded(SupportCase c, ThuiszitterPeriod p) =>
        new(c.Id, c.SchoolId, p.Since, p.EndedOn!.Value);

    private static string? Category(Referral r) => r.Category is { } category ? WireName.Of(category) : null;
}
