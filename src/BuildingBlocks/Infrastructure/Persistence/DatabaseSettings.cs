namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>The database every module shares (each in its own schema), as the host resolved it from configuration.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool ApplyMigrationsAtStartup)
{
    public const string SqliteMigrationsAssembly = "GeenKindDeBuurtUit.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "GeenKindDeBuurtUit.Migrations.SqlServer";
    public const string PostgreSqlMigrationsAssembly = "GeenKindDeBuurtUit.Migrations.PostgreSql";
}
