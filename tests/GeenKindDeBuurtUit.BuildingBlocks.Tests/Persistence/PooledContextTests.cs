using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>
/// Module contexts are pooled (docs/adr/0069): a context leased again must serve its new scope
/// only, with that scope's collaborators and none of the previous lease's state.
/// </summary>
public sealed class PooledContextTests : IAsyncLifetime
{
    private readonly MatrixDatabase _database = new("gkdbu-pool-");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        _database.AddTo(services);
        services.AddModuleDbContext<TestDbContext>("Test", TestDbContext.SchemaName);

        // Each scope's own fence, as a request's middleware raises one for that request only.
        services.AddScoped(_ =>
        {
            var fence = Substitute.For<ICommitFence>();
            fence.IsRaised.Returns(true);
            return fence;
        });
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await InScopeAsync((context, _) => context.Database.EnsureCreatedAsync());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_context_leased_again_commits_behind_the_fence_of_its_new_scope_not_the_previous_one()
    {
        TestDbContext? first = null;
        ICommitFence? firstFence = null;
        await InScopeAsync(async (context, fence) =>
        {
            (first, firstFence) = (context, fence);
            context.Widgets.Add(new Widget(Guid.NewGuid(), "First"));
            await context.SaveChangesAsync();
        });
        var previousFence = firstFence!;
        previousFence.ClearReceivedCalls();

        await InScopeAsync(async (context, fence) =>
        {
            Assert.Same(first, context);
            context.Widgets.Add(new Widget(Guid.NewGuid(), "Second"));
            await context.SaveChangesAsync();

            await fence.Received(1).EnterAsync(context, Arg.Any<CancellationToken>());
        });
        await previousFence.DidNotReceiveWithAnyArgs().EnterAsync(default!, default);
    }

    [Fact]
    public async Task A_context_leased_again_forgets_what_the_previous_scope_left_unsaved()
    {
        TestDbContext? first = null;
        await InScopeAsync((context, _) =>
        {
            first = context;
            context.Widgets.Add(new Widget(Guid.NewGuid(), "Abandoned"));
            return Task.CompletedTask;
        });

        await InScopeAsync(async (context, _) =>
        {
            Assert.Same(first, context);
            Assert.Empty(context.ChangeTracker.Entries());
            await context.SaveChangesAsync();
            Assert.Equal(0, await context.Widgets.CountAsync());
        });
    }

    private async Task InScopeAsync(Func<TestDbContext, ICommitFence, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TestDbContext>(), scope.ServiceProvider.GetRequiredService<ICommitFence>());
    }
}
