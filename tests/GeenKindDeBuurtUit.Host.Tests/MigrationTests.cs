using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Host.Composition;
using GeenKindDeBuurtUit.Platform.Idempotency;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Snapshooter;
using Snapshooter.Xunit;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>The migrations of the running platform: applied at start-up, and matching every module's model.</summary>
[Collection(HostCollection.Name)]
public sealed class StartupMigrationTests(PlatformFactory platform)
{
    [Fact]
    public async Task Start_up_applies_every_module_migration_and_leaves_no_model_change_pending()
    {
        var modules = platform.Services.GetServices<ModuleDatabase>().ToList();
        var expected = ModuleCatalog.All.Select(m => m.Name).Append(IdempotencyDbContext.Name);
        Assert.Equal(expected.Order(StringComparer.Ordinal), modules.Select(m => m.Module).Order(StringComparer.Ordinal));

        foreach (var module in modules)
        {
            using var scope = platform.Services.CreateScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.True(platform.Provider == DatabaseProvider.PostgreSql ? context.Database.RunsOnPostgreSql() : context.Database.RunsOnSqlite(), module.Module);
            Assert.False(context.Database.HasPendingModelChanges(), $"{module.Module} has model changes without a migration");
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
        }
    }
}

/// <summary>
/// Migrations without the host: every module's services on a provider of choice, as
/// <c>dotnet ef</c> sees them. SQL Server and PostgreSQL need no server to generate their scripts.
/// </summary>
public sealed class ProviderMigrationTests
{
    public static TheoryData<string> Modules => new(ModuleCatalog.All.Select(m => m.Name));

    [Fact]
    public async Task All_sqlite_migrations_applied_to_an_empty_file_give_the_current_model_in_prefixed_tables()
    {
        var folder = Directory.CreateTempSubdirectory("gkdbu-migrations-").FullName;
        try
        {
            var file = Path.Combine(folder, "empty.db");
            var connectionString = $"Data Source={file};Pooling=False";
            await using (var services = ModuleServices(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString, true)))
            {
                await services.GetRequiredService<ModuleDatabaseMigrator>().MigrateAsync(CancellationToken.None);

                var tables = await TablesAsync(connectionString);
                var modules = services.GetServices<ModuleDatabase>().ToList();
                Assert.Equal(ModuleCatalog.All.Count, modules.Count);
                foreach (var module in modules)
                {
                    using var scope = services.CreateScope();
                    var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                    Assert.False(context.Database.HasPendingModelChanges(), $"{module.Module} has model changes without a migration");
                    Assert.Empty(await context.Database.GetPendingMigrationsAsync());
                    Assert.Contains($"__{module.Schema}_migrations", tables);
                    foreach (var table in context.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
                    {
                        Assert.StartsWith(module.Schema + "_", table, StringComparison.Ordinal);
                        Assert.Contains(table, tables);
                    }
                }

                // Every table in the file belongs to exactly one module (SQLite has no schemas).
                foreach (var table in tables.Where(t => t != "__EFMigrationsLock"))
                {
                    Assert.Single(modules, m => table.StartsWith(m.Schema + "_", StringComparison.Ordinal) || table == $"__{m.Schema}_migrations");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_has_every_migration_is_read_at_start_up_and_not_migrated_again()
    {
        var folder = Directory.CreateTempSubdirectory("gkdbu-migrations-").FullName;
        try
        {
            var connectionString = $"Data Source={Path.Combine(folder, "current.db")};Pooling=False";
            await using var services = ModuleServices(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString, true));
            var migrator = services.GetRequiredService<ModuleDatabaseMigrator>();
            await migrator.MigrateAsync(CancellationToken.None);
            Assert.Contains("__EFMigrationsLock", await TablesAsync(connectionString));
            await using (var connection = new SqliteConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var drop = connection.CreateCommand();
                drop.CommandText = "DROP TABLE \"__EFMigrationsLock\"";
                await drop.ExecuteNonQueryAsync();
            }

            await migrator.MigrateAsync(CancellationToken.None);

            // Migrating takes EF's lock, which creates its table again; a current file is only read.
            Assert.DoesNotContain("__EFMigrationsLock", await TablesAsync(connectionString));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_sql_server_migrations_match_the_model_and_their_idempotent_script_snapshot(string module)
    {
        var (script, schema) = IdempotentScript(
            new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=gkdbu;TrustServerCertificate=True", false), module, d => d.IsSqlServer());

        Assert.Contains($"[{schema}].[__migrations]", script, StringComparison.Ordinal);
        Snapshot.Match(script.ReplaceLineEndings("\n"), SnapshotNameExtension.Create(module));
    }

    /// <summary>What <c>dotnet ef migrations has-pending-model-changes</c> checks, for PostgreSQL, and the script an operator would run.</summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void The_postgresql_migrations_match_the_model_and_their_idempotent_script_snapshot(string module)
    {
        var (script, schema) = IdempotentScript(
            new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=localhost;Database=gkdbu", false), module, d => d.RunsOnPostgreSql());

        Assert.Contains($"{schema}.__migrations", script, StringComparison.Ordinal);
        Snapshot.Match(script.ReplaceLineEndings("\n"), SnapshotNameExtension.Create(module));
    }

    [PostgreSqlFact]
    public async Task All_postgresql_migrations_applied_to_an_empty_database_give_each_module_its_schema_and_history_table()
    {
        using var empty = PostgreSqlTestDatabase.Create();
        await using var services = ModuleServices(new DatabaseSettings(DatabaseProvider.PostgreSql, empty.ConnectionString, true));
        await services.GetRequiredService<ModuleDatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var tables = await PostgreSqlTablesAsync(empty.ConnectionString);
        var modules = services.GetServices<ModuleDatabase>().ToList();
        Assert.Equal(ModuleCatalog.All.Count, modules.Count);
        foreach (var module in modules)
        {
            using var scope = services.CreateScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.False(context.Database.HasPendingModelChanges(), $"{module.Module} has model changes without a migration");
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
            Assert.Contains($"{module.Schema}.__migrations", tables);
            foreach (var entity in context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                Assert.Equal(module.Schema, entity.GetSchema());
                Assert.Contains($"{module.Schema}.{entity.GetTableName()}", tables);
            }
        }

        // Every table belongs to exactly one module's schema; only EF's migration lock stands outside.
        foreach (var table in tables.Where(t => !t.EndsWith(".__EFMigrationsLock", StringComparison.Ordinal)))
        {
            Assert.Single(modules, m => table.StartsWith(m.Schema + ".", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The module's idempotent script on an engine no test can reach (offline), after checking that
    /// its context runs on that engine and that its model has no change without a migration.
    /// </summary>
    private static (string Script, string Schema) IdempotentScript(DatabaseSettings settings, string module, Func<DatabaseFacade, bool> onEngine)
    {
        using var services = ModuleServices(settings);
        var database = services.GetServices<ModuleDatabase>().Single(m => m.Module == module);
        using var scope = services.CreateScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);

        Assert.True(onEngine(context.Database), $"{module} does not run on {settings.Provider}");
        Assert.False(context.Database.HasPendingModelChanges(), $"{module} has {settings.Provider} model changes without a migration");
        return (context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent), database.Schema);
    }

    private static ServiceProvider ModuleServices(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(settings);
        services.AddDatabaseProvider(settings);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ModuleDatabaseMigrator>();
        var configuration = new ConfigurationBuilder().Build();
        foreach (var module in ModuleCatalog.All)
        {
            module.AddServices(services, configuration);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<IReadOnlyList<string>> PostgreSqlTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "select table_schema || '.' || table_name from information_schema.tables "
            + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<IReadOnlyList<string>> TablesAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
