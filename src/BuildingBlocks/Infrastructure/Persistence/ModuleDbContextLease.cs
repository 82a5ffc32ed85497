namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// A scope's hold on a pooled module context: the one thing that returns it to the pool, once, when
/// the scope ends (docs/adr/0069). The scope created it before the context's own registrations, so
/// it disposes it after them.
/// </summary>
public abstract class ModuleDbContextLease : IAsyncDisposable, IDisposable
{
    public abstract ValueTask DisposeAsync();

    public abstract void Dispose();
}

/// <inheritdoc/>
public sealed class ModuleDbContextLease<TContext>(TContext context) : ModuleDbContextLease
    where TContext : ModuleDbContext
{
    public TContext Context => context;

    public override ValueTask DisposeAsync() => context.ReturnAsync();

    public override void Dispose() => context.Return();
}
