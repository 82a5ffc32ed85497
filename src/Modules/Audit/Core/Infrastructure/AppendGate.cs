namespace GeenKindDeBuurtUit.Audit.Infrastructure;

/// <summary>
/// One append at a time in this process (a singleton). The head's optimistic check already keeps
/// the chain from forking; the gate spares a busy host the retries that check would cause.
/// </summary>
internal sealed class AppendGate : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await semaphore.WaitAsync(cancellationToken);
        return new Release(semaphore);
    }

    public void Dispose() => semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
