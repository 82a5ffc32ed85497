using GeenKindDeBuurtUit.Platform.ReadCaches;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.PostgreSql;

/// <summary>
/// Two hosts on one PostgreSQL database: what one commits, the other hears through the database and
/// its read caches let go; what one rolls back, nobody hears; a host that lost its listening
/// connection keeps nothing until it listens again (docs/adr/0073).
/// </summary>
public sealed class PostgreSqlChangeListenerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private PostgreSqlTestModule _module = null!;
    private IServiceProvider _writer = null!;
    private IServiceProvider _reader = null!;
    private ModuleChanges _heard = null!;

    public async Task InitializeAsync()
    {
        if (TestProvider.PostgreSqlMissing is not null)
        {
            return;
        }

        _module = await PostgreSqlTestModule.CreateAsync();
        _writer = _module.NewHost();
        _reader = _module.NewHost();
        _heard = _reader.GetRequiredService<ModuleChanges>();
        foreach (var service in _reader.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_module is not null)
        {
            await _module.DisposeAsync();
        }
    }

    [PostgreSqlFact]
    public async Task A_host_hears_what_another_host_commits_and_not_what_it_rolls_back()
    {
        Assert.False(new ModuleChanges(hearsEveryWriter: false).TryGetVersion(TestDbContext.SchemaName, out _));
        var listening = await VersionOnceHeardAsync();

        await _module.InScopeAsync(_writer, context => context.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            context.Widgets.Add(new Widget(Guid.NewGuid(), "rolled back"));
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
            return true;
        }));
        await AddWidgetAsync("committed");

        // Notifications arrive in commit order: once the commit is heard, a rollback heard before it would show as a second step.
        var committed = await MovedPastAsync(listening);
        Assert.Equal(listening + 1, committed);
    }

    [PostgreSqlFact]
    public async Task A_change_outside_a_transaction_is_heard_too()
    {
        var listening = await VersionOnceHeardAsync();
        await AddWidgetAsync("alone");
        var added = await MovedPastAsync(listening);

        await _module.InScopeAsync(_writer, context => context.Widgets.Where(w => w.Name == "alone").ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, "renamed")));

        await MovedPastAsync(added);
    }

    [PostgreSqlFact]
    public async Task A_host_whose_listening_connection_dies_listens_again_and_lets_go_of_what_it_kept()
    {
        var listening = await VersionOnceHeardAsync();

        await using (var connection = new NpgsqlConnection(_module.ConnectionString))
        {
            await connection.OpenAsync();
            await using var terminate = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'", connection);
            Assert.Equal(1L, await terminate.ExecuteScalarAsync());
        }

        await MovedPastAsync(listening);
    }

    private Task<bool> AddWidgetAsync(string name) => _module.InScopeAsync(_writer, async context =>
    {
        context.Widgets.Add(new Widget(Guid.NewGuid(), name));
        await context.CommitAsync(CancellationToken.None);
        return true;
    });

    private async Task<long> VersionOnceHeardAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!_heard.TryGetVersion(TestDbContext.SchemaName, out _))
        {
            Assert.True(DateTime.UtcNow < deadline, "The listener never started listening.");
            await Task.Delay(20);
        }

        // Once more: the first answer may come from before the listener's LISTEN took effect.
        await Task.Delay(100);
        Assert.True(_heard.TryGetVersion(TestDbContext.SchemaName, out var version));
        return version;
    }

    private async Task<long> MovedPastAsync(long version)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (_heard.TryGetVersion(TestDbContext.SchemaName, out var now) && now > version)
            {
                await Task.Delay(200);
                Assert.True(_heard.TryGetVersion(TestDbContext.SchemaName, out var settled));
                return settled;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The version never moved past {version}.");
            await Task.Delay(20);
        }
    }
}
