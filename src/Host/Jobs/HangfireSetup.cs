using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;

namespace GeenKindDeBuurtUit.Host.Jobs;

internal static class HangfireSetup
{
    /// <summary>In-memory storage on the embedded default, the server's own storage on SQL Server and PostgreSQL (docs/adr/0004, 0041).</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddHangfire(configuration =>
        {
            configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                configuration.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                {
                    SchemaName = "hangfire",
                    QueuePollInterval = TimeSpan.FromMilliseconds(200),
                    PrepareSchemaIfNecessary = true,
                });
            }
            else if (database.Provider == DatabaseProvider.PostgreSql)
            {
                configuration.UsePostgreSqlStorage(
                    storage => storage.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = "hangfire",
                        QueuePollInterval = TimeSpan.FromMilliseconds(200),
                        PrepareSchemaIfNecessary = true,
                    });
            }
            else
            {
                configuration.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2));
        services.AddSingleton<HangfireOutboxRelaySignal>();
        services.AddSingleton<IOutboxRelaySignal>(provider => provider.GetRequiredService<HangfireOutboxRelaySignal>());
        services.AddScoped<OutboxRelay>();
        services.AddScoped<OutboxRelayJob>();
        return services;
    }
}
