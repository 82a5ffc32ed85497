using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Retention;

/// <summary>
/// A module's outbox keeps every delivered event, and an event's payload names the ids it is
/// about. When an object must be forgotten (docs/adr/0015), the delivered rows that name it go
/// too; nobody reads a delivered row again. Undelivered rows are left for the relay.
/// </summary>
public static class OutboxErasure
{
    /// <returns>How many delivered outbox rows named the id and were deleted.</returns>
    public static Task<int> ForgetDeliveredMessagesNamingAsync(this ModuleDbContext context, Guid id, CancellationToken cancellationToken)
    {
        var text = Named(id);
        return context.Outbox.Where(m => m.ProcessedAt != null && m.Payload.Contains(text)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Whether an event about the id still waits for delivery; forgetting it first would let that event bring it back elsewhere.</summary>
    public static Task<bool> HasUndeliveredMessagesNamingAsync(this ModuleDbContext context, Guid id, CancellationToken cancellationToken)
    {
        var text = Named(id);
        return context.Outbox.AnyAsync(m => m.ProcessedAt == null && m.Payload.Contains(text), cancellationToken);
    }

    // The serializer writes a Guid as 36 lower-case characters with hyphens.
    private static string Named(Guid id) => id.ToString("D");
}
