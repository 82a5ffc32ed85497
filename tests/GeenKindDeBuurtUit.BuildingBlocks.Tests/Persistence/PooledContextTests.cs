using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
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

        services.AddScoped<BetweenDisposals>();

        // A module's unit of work is its context under another registration, as every module wires it.
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<TestDbContext>());

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

    [Fact]
    public async Task A_context_handed_out_as_its_unit_of_work_too_goes_back_to_the_pool_once_when_its_scope_ends()
    {
        // The scope disposes it once for each registration that handed it out. Returned at the first,
        // and leased by another scope before the second, it was returned again from under that scope.
        AsyncServiceScope? leasedBetween = null;
        await using (var scope = _services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            scope.ServiceProvider.GetRequiredService<BetweenDisposals>().Run = () =>
            {
                leasedBetween = _services.CreateAsyncScope();
                leasedBetween.Value.ServiceProvider.GetRequiredService<TestDbContext>();
            };
            Assert.Same(context, scope.ServiceProvider.GetRequiredService<IUnitOfWork>());
        }

        await using var other = leasedBetween!.Value;
        await using var next = _services.CreateAsyncScope();
        Assert.NotSame(other.ServiceProvider.GetRequiredService<TestDbContext>(), next.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    [Fact]
    public async Task A_context_disposed_by_its_user_inside_the_scope_still_serves_the_scope_until_it_ends()
    {
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        await context.DisposeAsync();

        Assert.Equal(0, await context.Widgets.CountAsync());
    }

    private async Task InScopeAsync(Func<TestDbContext, ICommitFence, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TestDbContext>(), scope.ServiceProvider.GetRequiredService<ICommitFence>());
    }

    /// <summary>Resolved between a context and its unit of work, so its scope disposes it between the two.</summary>
    private sealed class BetweenDisposals : IDisposable
    {
        public Action Run { get; set; } = () => { };

        public void Dispose() => Run();
    }
}
