namespace GeenKindDeBuurtUit.BuildingBlocks.Domain;

/// <summary>
/// The unit of consistency. <see cref="Version"/> is the optimistic concurrency token: the
/// persistence layer bumps it on every change, and the API exposes it as the ETag.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public long Version { get; private set; }

    public void IncrementVersion() => Version++;
}
