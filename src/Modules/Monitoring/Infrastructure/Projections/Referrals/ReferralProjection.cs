using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Referrals;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Referrals;

internal static class ReferralProjection
{
    // Every referral event looks its referral up: compiled, as CaseFactsLookup does and for its reasons (docs/adr/0088).
    private static readonly ConditionalWeakTable<IModel, Func<MonitoringDbContext, Guid, DateOnly, CancellationToken, Task<ReferralFact?>>> Stored = [];

    /// <summary>
    /// Applies one event to the referral it describes in full (so either event may create it), and
    /// moves the referral's tally in its school's summary by what the event changed: nothing for a
    /// late or repeated event, one from "standing" to "withdrawn" for a withdrawal.
    /// </summary>
    public static async Task ReferralAsync(
        this MonitoringDbContext context, ReferralDescription described, Action<ReferralFact> apply, CancellationToken cancellationToken)
    {
        var referral = context.Referrals.Local.FindEntryUntyped([described.CaseId, described.DecidedOn])?.Entity
            ?? await StoredIn(context)(context, described.CaseId, described.DecidedOn, cancellationToken);
        var before = referral is null ? ReferralTally.None : referral.Tally();
        if (referral is null)
        {
            // Domain rule 6: a referral belongs to the school year of the OT decision.
            var year = SchoolYear.TryParse(described.SchoolYear, out var parsed) ? parsed : SchoolYear.Of(described.DecidedOn);
            referral = ReferralFact.Create(described.CaseId, described.DecidedOn, described.SchoolId, described.Type, described.Category, year.StartYear);
            context.Referrals.Add(referral);
        }

        apply(referral);
        await context.AddToSummaryAsync(referral.SchoolYearStart, referral.SchoolId, referral.Tally() - before, cancellationToken);
    }

    private static Func<MonitoringDbContext, Guid, DateOnly, CancellationToken, Task<ReferralFact?>> StoredIn(MonitoringDbContext context) =>
        Stored.GetValue(context.Model, static _ => EF.CompileAsyncQuery(
            (MonitoringDbContext context, Guid caseId, DateOnly decidedOn, CancellationToken _) =>
                context.Referrals.SingleOrDefault(r => r.CaseId == caseId && r.DecidedOn == decidedOn)));

    /// <summary>
    /// Adds to the row in one statement (<c>set referrals = referrals + 1</c>), so two handlers
    /// counting referrals of one school at once both count. Two that find no row at once both
    /// insert: one fails on the key, rolls back whole and is delivered again (docs/adr/0005).
    /// </summary>
    private static async Task AddToSummaryAsync(this MonitoringDbContext context, int schoolYearStart, Guid schoolId, ReferralTally change, CancellationToken cancellationToken)
    {
        if (change == ReferralTally.None)
        {
            return;
        }

        var updated = await context.ReferralSummaries
            .Where(s => s.SchoolYearStart == schoolYearStart && s.SchoolId == schoolId)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.Referrals, s => s.Referrals + change.Referrals)
                    .SetProperty(s => s.Sbo, s => s.Sbo + change.Sbo)
                    .SetProperty(s => s.SoLow, s => s.SoLow + change.SoLow)
                    .SetProperty(s => s.SoMedium, s => s.SoMedium + change.SoMedium)
                    .SetProperty(s => s.SoHigh, s => s.SoHigh + change.SoHigh)
                    .SetProperty(s => s.Withdrawn, s => s.Withdrawn + change.Withdrawn),
                cancellationToken);
        if (updated == 0)
        {
            context.ReferralSummaries.Add(ReferralSummary.Start(schoolYearStart, schoolId, change));
        }

        await context.ReadModelChangedAsync(VersionedReadModel.ReferralSummaries, cancellationToken);
    }
}

/// <summary>What "referred" and "withdrawn" both say about a referral.</summary>
internal sealed record ReferralDescription(Guid CaseId, DateOnly DecidedOn, Guid SchoolId, string Type, string? Category, string SchoolYear);
