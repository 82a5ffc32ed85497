using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// One module's services on a PostgreSQL database of their own, as several hosts would run them:
/// each <see cref="NewHost"/> is a service provider of its own (its own pools, its own singletons)
/// on the same database, wired as the host wires a module on PostgreSQL. Disposing drops the database.
/// </summary>
public sealed class PostgreSqlModuleHosts(Action<IServiceCollection> addModule) : IAsyncDisposable
{
    private readonly PostgreSqlTestDatabase _database = PostgreSqlTestDatabase.Create();
    private readonly List<ServiceProvider> _hosts = [];

    public string ConnectionString => _database.ConnectionString;

    public ServiceProvider NewHost()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        var settings = new DatabaseSettings(DatabaseProvider.PostgreSql, _database.ConnectionString, false);
        services.AddSingleton(settings);
        services.AddPostgreSqlPersistence(settings);
        addModule(services);
        var host = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _hosts.Add(host);
        return host;
    }

    /// <summary>Applies the context's PostgreSQL migrations through the given host.</summary>
    public static async Task MigrateAsync<TContext>(IServiceProvider host)
        where TContext : DbContext
    {
        await using var scope = host.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync();
    }

    /// <summary>How many sessions on the database wait for a lock another one holds (a row lock, say).</summary>
    public async Task<long> LockWaitersAsync()
    {
        // A connection of its own: within a transaction the server answers from a snapshot of the activity.
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _database.Dispose();
    }
}
