using GeenKindDeBuurtUit.Platform.Persistence.SqlServer;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary>The key store's SQL Server migrations match its model, in its own schema (SQLite: StartupMigrationTests).</summary>
public sealed class IdempotencyMigrationTests
{
    [Fact]
    public void The_sql_server_migrations_of_the_key_store_match_the_model_and_their_idempotent_script_snapshot()
    {
        var services = new ServiceCollection();
        var database = new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=gkdbu;TrustServerCertificate=True", false);
        services.AddSingleton(database);
        services.AddSingleton<IDatabaseProviderSetup>(new SqlServerProviderSetup(database));
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddIdempotencyKeys(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = provider.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>();

        Assert.True(context.Database.IsSqlServer());
        Assert.False(context.Database.HasPendingModelChanges(), "the key store has SQL Server model changes without a migration");
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("[idempotency].[__migrations]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [idempotency].[keys]", script, StringComparison.Ordinal);
        Snapshot.Match(script.ReplaceLineEndings("\n"));
    }
}
