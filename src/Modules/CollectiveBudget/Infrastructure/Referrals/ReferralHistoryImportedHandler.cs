using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;
using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

/// <summary>
/// Keeps a school's imported referrals of a year as the newest import gave them. Like a recorded
/// referral, they count in that year's actual figures and in the next year's baseline, so a newer
/// import asks for both to be recalculated; an older one that arrives late changes nothing.
/// </summary>
internal sealed class ReferralHistoryImportedHandler(CollectiveBudgetDbContext context, RecalculationRequests recalculation)
    : IntegrationEventHandler<ReferralHistoryImportedIntegrationEvent, CollectiveBudgetDbContext>(context)
{
    protected override async Task HandleAsync(ReferralHistoryImportedIntegrationEvent e, CancellationToken cancellationToken)
    {
        // Not a value of the contract: the event is refused and stays visible in the outbox with this error.
        if (e.Sbo < 0 || e.SoLow < 0 || e.SoMedium < 0 || e.SoHigh < 0)
        {
            throw new InvalidOperationException($"Negative imported referral counts for school {e.SchoolId} in {e.SchoolYear}.");
        }

        var year = SchoolYear.Parse(e.SchoolYear);
        var history = await Context.ImportedReferrals.FindAsync([year.StartYear, e.SchoolId], cancellationToken);
        if (history is null)
        {
            history = ImportedReferrals.For(year.StartYear, e.SchoolId);
            Context.ImportedReferrals.Add(history);
        }

        if (history.Replace(e.Revision, new ReferralCounts(e.Sbo, e.SoLow, e.SoMedium, e.SoHigh), e.Removed))
        {
            await recalculation.RequestForReferralAsync(e.SchoolId, year, cancellationToken);
        }
    }
}
