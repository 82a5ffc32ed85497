using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Which engine a context runs on, asked without the providers' packages (docs/adr/0036).</summary>
public static class ProviderDetection
{
    /// <summary>The provider names EF Core's providers report (their assemblies' names).</summary>
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    public const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static bool RunsOnSqlite(this DatabaseFacade database) => database.ProviderName == SqliteProvider;

    public static bool RunsOnSqlServer(this DatabaseFacade database) => database.ProviderName == SqlServerProvider;

    public static bool RunsOnPostgreSql(this DatabaseFacade database) => database.ProviderName == PostgreSqlProvider;
}
