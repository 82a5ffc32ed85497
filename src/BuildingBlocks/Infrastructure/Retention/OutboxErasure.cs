using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Retention;

/// <summary>
/// A module's outbox keeps every delivered event, and an event about a support case keeps the
/// case's id in its row. When a case must be forgotten (docs/adr/0015), the delivered rows about it
/// go too; nobody reads a delivered row again. Undelivered rows are left for the relay.
/// </summary>
public static class OutboxErasure
{
    /// <returns>How many delivered outbox rows were about the case and were deleted.</returns>
    public static Task<int> ForgetDeliveredMessagesAboutCaseAsync(this ModuleDbContext context, Guid caseId, CancellationToken cancellationToken) =>
        context.Outbox.Where(m => m.ProcessedAt != null && m.SupportCaseId == caseId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Whether an event about the case still waits for delivery; forgetting it first would let that event bring it back elsewhere.</summary>
    public static Task<bool> HasUndeliveredMessagesAboutCaseAsync(this ModuleDbContext context, Guid caseId, CancellationToken cancellationToken) =>
        context.Outbox.AnyAsync(m => m.ProcessedAt == null && m.SupportCaseId == caseId, cancellationToken);
}
