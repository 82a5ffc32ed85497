using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Retention;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Retention;

/// <summary>
/// Removes one case with everything this module holds about it, and tells the other modules, in
/// one transaction: the case and its owned rows (involvements, levels, OT meetings, referral,
/// thuiszitter periods, escalations, the link to a collective approach), the delivered outbox
/// rows that name it, and the <see cref="SupportCaseErasedIntegrationEvent"/> for the relay.
/// </summary>
internal sealed class SupportCaseErasure(SupportCasesDbContext db)
{
    private static readonly string NoticeType = IntegrationEventSerializer.TypeName(typeof(SupportCaseErasedIntegrationEvent));

    /// <summary>The oldest closed cases whose retention period ended on or before <paramref name="today"/>.</summary>
    public async Task<IReadOnlyList<Guid>> DueAsync(RetentionPeriod period, DateOnly today, int batchSize, CancellationToken cancellationToken)
    {
        // The same test as RetentionPeriod.IsDue, written so the database can run it.
        var closedUpTo = period.ClosedCasesUpTo(today);
        var referredUpTo = period.ReferredCasesUpTo(today);
        return await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed)
            .Where(c => (c.Referral != null && c.Referral.WithdrawnOn == null && c.ClosedOn <= referredUpTo)
                || ((c.Referral == null || c.Referral.WithdrawnOn != null) && c.ClosedOn <= closedUpTo))
            .OrderBy(c => c.ClosedOn).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
    }

    /// <returns>
    /// False when there was nothing to erase (another run was first), or when an event about the
    /// case still waits for delivery: erasing first would let that event bring the id back in
    /// another module, so the case waits for the next run.
    /// </returns>
    public Task<bool> EraseAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            if (await db.HasUndeliveredMessagesAboutCaseAsync(caseId, cancellationToken))
            {
                return false;
            }

            var supportCase = await db.Cases.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
            if (supportCase is null)
            {
                return false;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.ForgetDeliveredMessagesAboutCaseAsync(caseId, cancellationToken);
            db.Cases.Remove(supportCase);
            db.Publish(new SupportCaseErasedIntegrationEvent(caseId));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another run removed the case between our read and our delete.
                await transaction.RollbackAsync(CancellationToken.None);
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        });

    /// <summary>
    /// An erasure notice names its case too. Once delivered it has done its work, so the next run
    /// deletes it: a case's id stays in this module at most one run longer than the case.
    /// </summary>
    public Task<int> ForgetDeliveredNoticesAsync(CancellationToken cancellationToken) =>
        db.Outbox.Where(m => m.Type == NoticeType && m.ProcessedAt != null).ExecuteDeleteAsync(cancellationToken);
}
