using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

/// <summary>
/// SQLite: one file, no schemas (a module's tables carry its schema as a prefix), a history table
/// per module, the pragmas a web server needs and one writer at a time per file (docs/adr/0023).
/// </summary>
public sealed class SqliteProviderSetup(DatabaseSettings settings) : IDatabaseProviderSetup
{
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string schema) =>
        options
            .UseSqlite(settings.ConnectionString, sqlite => sqlite
                .MigrationsAssembly(DatabaseSettings.SqliteMigrationsAssembly)
                .MigrationsHistoryTable($"__{schema}_migrations"))
            .AddInterceptors(SqlitePragmaInterceptor.Instance, SqliteWriteGateInterceptor.Instance);
}
