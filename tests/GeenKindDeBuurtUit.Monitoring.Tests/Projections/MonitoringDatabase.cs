using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;
using GeenKindDeBuurtUit.Platform.Persistence.Sqlite;
using GeenKindDeBuurtUit.Testing;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Projections;

/// <summary>
/// Monitoring's own tables on a fresh real database of the provider matrix (a SQLite file, or a
/// database of its own on PostgreSQL), migrated as at start-up, with events delivered to the
/// module's handlers the way the relay does: each in a context of its own.
/// </summary>
internal sealed class MonitoringDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gkdbu-monitoring-").FullName;
    private readonly PostgreSqlTestDatabase? _postgreSql;
    private readonly DbContextOptions<MonitoringDbContext> _options;

    private MonitoringDatabase()
    {
        (var provider, var connectionString, _postgreSql) = TestProvider.Database(Path.Combine(_folder, "monitoring.db"));
        var settings = new DatabaseSettings(provider, connectionString, true);
        IDatabaseProviderSetup setup = provider == DatabaseProvider.PostgreSql ? new PostgreSqlProviderSetup(settings) : new SqliteProviderSetup(settings);
        _options = (DbContextOptions<MonitoringDbContext>)setup
            .Configure(new DbContextOptionsBuilder<MonitoringDbContext>(), MonitoringDbContext.SchemaName).Options;
    }

    public static async Task<MonitoringDatabase> CreateAsync()
    {
        var database = new MonitoringDatabase();
        await database.MigrateAsync();
        return database;
    }

    /// <summary>A database as it stood before the migration named <paramref name="migration"/> (its id without the timestamp).</summary>
    public static async Task<MonitoringDatabase> CreateBeforeAsync(string migration)
    {
        var database = new MonitoringDatabase();
        await using var context = database.Context();
        var all = context.Database.GetMigrations().ToList();
        var index = all.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        Assert.True(index > 0, $"no migration {migration} after the first");
        await context.GetService<IMigrator>().MigrateAsync(all[index - 1]);
        return database;
    }

    /// <summary>Applies every migration not applied yet, as start-up does.</summary>
    public async Task MigrateAsync()
    {
        await using var context = Context();
        await context.Database.MigrateAsync();
    }

    public MonitoringDbContext Context() => new(_options);

    /// <summary>Hands the event to every Monitoring handler of its type, as the relay's mediator would.</summary>
    public async Task DeliverAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent
    {
        var handlers = typeof(MonitoringDbContext).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(INotificationHandler<TEvent>).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(handlers);
        foreach (var handler in handlers)
        {
            await using var context = Context();
            await ((INotificationHandler<TEvent>)Activator.CreateInstance(handler, context)!).Handle(integrationEvent, CancellationToken.None);
        }
    }

    public async Task<T> ReadAsync<T>(Func<MonitoringDbContext, Task<T>> read)
    {
        await using var context = Context();
        return await read(context);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _postgreSql?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
