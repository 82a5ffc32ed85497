using GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;
using GeenKindDeBuurtUit.Platform.Persistence.SqlServer;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary>The key store's SQL Server and PostgreSQL migrations match its model, in its own schema (SQLite: StartupMigrationTests).</summary>
public sealed class IdempotencyMigrationTests
{
    [Fact]
    public void The_sql_server_migrations_of_the_key_store_match_the_model_and_their_idempotent_script_snapshot()
    {
        var database = new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=gkdbu;TrustServerCertificate=True", false);
        using var provider = KeyStore(database, new SqlServerProviderSetup(database));
        using var scope = provider.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>();

        Assert.True(context.Database.IsSqlServer());
        Assert.False(context.Database.HasPendingModelChanges(), "the key store has SQL Server model changes without a migration");
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("[idempotency].[__migrations]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [idempotency].[keys]", script, StringComparison.Ordinal);
        Snapshot.Match(script.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_postgresql_migrations_of_the_key_store_match_the_model_and_their_idempotent_script_snapshot()
    {
        var database = new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=localhost;Database=gkdbu", false);
        using var provider = KeyStore(database, new PostgreSqlProviderSetup(database));
        using var scope = provider.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>();

        Assert.True(context.Database.RunsOnPostgreSql());
        Assert.False(context.Database.HasPendingModelChanges(), "the key store has PostgreSQL model changes without a migration");
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("idempotency.__migrations", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE idempotency.keys", script, StringComparison.Ordinal);
        Snapshot.Match(script.ReplaceLineEndings("\n"));
    }

    private static ServiceProvider KeyStore(DatabaseSettings database, IDatabaseProviderSetup setup)
    {
        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddSingleton(setup);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddIdempotencyKeys(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
