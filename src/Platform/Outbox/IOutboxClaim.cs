using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.Platform.Outbox;

/// <summary>A relay's batch claim in an engine's own form, registered by its provider's setup; without one the relay claims with a conditional update (docs/adr/0041).</summary>
public interface IOutboxClaim
{
    /// <summary>Leases at most <paramref name="batchSize"/> of the oldest due messages to <paramref name="instance"/> until <paramref name="leaseEnd"/>; returns how many.</summary>
    Task<int> ClaimAsync(ModuleDbContext context, DateTime now, DateTime leaseEnd, string instance, int batchSize, CancellationToken cancellationToken);
}
