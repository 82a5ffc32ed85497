namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// A scope's hold on a pooled module context: the one thing that returns it to the pool, once, when
/// the scope ends (docs/adr/0070). The scope created it before the context's own registrations, so
/// it disposes it after them.
/// </summary>
internal sealed class ModuleDbContextLease<TContext>(TContext context) : IAsyncDisposable, IDisposable
    where TContext : ModuleDbContext
{
    public TContext Context => context;

    public ValueTask DisposeAsync() => context.ReturnAsync();

    public void Dispose() => context.Return();
}
