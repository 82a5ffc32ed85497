using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Platform.Persistence.SqlServer;

/// <summary>SQL Server: a schema per module, its history table in that schema, and the retrying execution strategy.</summary>
public sealed class SqlServerProviderSetup(DatabaseSettings settings) : IDatabaseProviderSetup
{
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string schema) =>
        options.UseSqlServer(settings.ConnectionString, sqlServer => sqlServer
            .MigrationsAssembly(DatabaseSettings.SqlServerMigrationsAssembly)
            .MigrationsHistoryTable("__migrations", schema)
            .EnableRetryOnFailure());
}
