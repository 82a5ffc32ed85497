using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;
using GeenKindDeBuurtUit.Platform.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.PostgreSql;

/// <summary>
/// SQLite's write gate and pragmas come only with SQLite's setup (docs/adr/0036): a module context
/// on PostgreSQL lets the server order its writers, across hosts, with nothing of SQLite in the way
/// (docs/adr/0041). Nothing here opens a connection, so it runs without a server.
/// </summary>
public sealed class NoWriteGateOnServersTests
{
    private static readonly string SqliteSetupAssembly = typeof(SqliteProviderSetup).Assembly.GetName().Name!;

    [Fact]
    public void A_module_context_on_sqlite_carries_the_write_gate_and_the_pragmas()
    {
        var interceptors = InterceptorsOf(DatabaseProvider.Sqlite, "Data Source=unused.db");

        Assert.Equal(["SqlitePragmaInterceptor", "SqliteWriteGateInterceptor"], interceptors.Where(FromSqliteSetup).Select(i => i.Name).Order());
    }

    [Fact]
    public void A_module_context_on_postgresql_carries_no_sqlite_interceptor()
    {
        var interceptors = InterceptorsOf(DatabaseProvider.PostgreSql, "Host=nowhere;Database=none");

        Assert.DoesNotContain(interceptors, FromSqliteSetup);
    }

    private static bool FromSqliteSetup(Type interceptor) => interceptor.Assembly.GetName().Name == SqliteSetupAssembly;

    /// <summary>The context as the host wires it for the provider: the provider's persistence, then the module's registration.</summary>
    private static List<Type> InterceptorsOf(DatabaseProvider provider, string connectionString)
    {
        var services = new ServiceCollection();
        var settings = new DatabaseSettings(provider, connectionString, false);
        _ = provider == DatabaseProvider.Sqlite ? services.AddSqlitePersistence(settings) : services.AddPostgreSqlPersistence(settings);
        services.AddModuleDbContext<TestDbContext>("Test", TestDbContext.SchemaName);
        using var host = services.BuildServiceProvider();
        using var scope = host.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        Assert.Equal(provider == DatabaseProvider.PostgreSql, context.Database.RunsOnPostgreSql());
        var core = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();
        return core?.Interceptors?.Select(i => i.GetType()).ToList() ?? [];
    }
}
