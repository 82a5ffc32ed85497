using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

/// <summary>
/// One module's transaction. Integration events added here are written to the module's outbox
/// in the same transaction as the change, so a change and its events are stored together or not at all.
/// Each module exposes it under its own interface, since several modules live in one container.
/// </summary>
public interface IUnitOfWork
{
    void Publish(IntegrationEvent integrationEvent);

    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the module's database connection open until the result is disposed, for an answer read
    /// with several statements: each statement otherwise opens and closes the connection again.
    /// </summary>
    Task<IAsyncDisposable> KeepConnectionOpenAsync(CancellationToken cancellationToken);
}
