using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Outbox;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;

namespace GeenKindDeBuurtUit.Host.Jobs;

internal static class HangfireSetup
{
    /// <summary>In-memory storage on the embedded default, the server's own storage on SQL Server and PostgreSQL (docs/adr/0004, 0041).</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, DatabaseSettings database)
    {
        // Each host holds its own storage and activator, registered before Hangfire's registration,
        // which would otherwise hand every host the process-wide JobStorage.Current and
        // JobActivator.Current: with several hosts in one process (the tests) one host's workers
        // would take another's jobs and run them in that host's services.
        services.AddSingleton(_ => Storage(database));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, configuration) => configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2));
        services.AddSingleton<HangfireOutboxRelaySignal>();
        services.AddSingleton<IOutboxRelaySignal>(provider => provider.GetRequiredService<HangfireOutboxRelaySignal>());
        services.AddScoped<OutboxRelay>();
        services.AddScoped<OutboxRelayJob>();
        return services;
    }

    private static JobStorage Storage(DatabaseSettings database) => database.Provider switch
    {
        DatabaseProvider.SqlServer => new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
        {
            SchemaName = "hangfire",
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
            PrepareSchemaIfNecessary = true,
        }),
        DatabaseProvider.PostgreSql => PostgreSql(database.ConnectionString),
        _ => new InMemoryStorage(),
    };

    private static PostgreSqlStorage PostgreSql(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
            PrepareSchemaIfNecessary = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
