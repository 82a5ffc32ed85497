using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;

/// <summary>
/// PostgreSQL: a schema per module with its history table in it, and the retrying execution
/// strategy for the transient failures of a server (a failover, a dropped connection). No write
/// gate: the server orders concurrent writers itself, across every host (docs/adr/0041).
/// </summary>
public sealed class PostgreSqlProviderSetup(DatabaseSettings settings) : IDatabaseProviderSetup
{
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string schema) =>
        options.UseNpgsql(settings.ConnectionString, npgsql => npgsql
            .MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly)
            .MigrationsHistoryTable("__migrations", schema)
            .EnableRetryOnFailure());
}
