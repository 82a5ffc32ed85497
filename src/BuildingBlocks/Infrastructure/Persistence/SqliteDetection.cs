using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Whether a context runs on SQLite, asked without the SQLite provider's package (docs/adr/0036).</summary>
public static class SqliteDetection
{
    /// <summary>The provider name EF Core's SQLite provider reports (its assembly's name).</summary>
    public const string ProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public static bool RunsOnSqlite(this DatabaseFacade database) => database.ProviderName == ProviderName;
}
