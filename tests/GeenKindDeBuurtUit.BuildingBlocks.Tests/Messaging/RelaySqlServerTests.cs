using System.Data.Common;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Platform.Outbox;
using GeenKindDeBuurtUit.Platform.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

/// <summary>
/// The relay claims a batch with one conditional update over a subquery (docs/adr/0023), a shape
/// production runs on SQL Server (ADR 0004), where these tests have no server. EF translates it
/// without one: the connection and the command are intercepted and only the SQL is kept.
/// </summary>
public sealed class RelaySqlServerTests
{
    [Fact]
    public async Task The_batch_claim_is_one_update_of_the_oldest_due_messages_on_sql_server()
    {
        var commands = new CapturedCommands();
        var settings = new DatabaseSettings(DatabaseProvider.SqlServer, "Server=nowhere;Database=none;TrustServerCertificate=True", false);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddScoped(_ => new TestDbContext(
            (DbContextOptions<TestDbContext>)new SqlServerProviderSetup(settings)
                .Configure(new DbContextOptionsBuilder<TestDbContext>(), TestDbContext.SchemaName)
                .AddInterceptors(commands)
                .Options));
        services.AddSingleton(new OutboxSource("Test", typeof(TestDbContext)));
        services.AddOptions<OutboxRelayOptions>();
        services.AddIntegrationEventTypes(typeof(TestDatabase).Assembly);
        services.AddTestMediator();
        await using var provider = services.BuildServiceProvider();

        await ActivatorUtilities.CreateInstance<OutboxRelay>(provider).RelayAsync(CancellationToken.None);

        var claim = Assert.Single(commands.Sql).TrimStart();
        Assert.StartsWith("UPDATE", claim, StringComparison.Ordinal);
        Assert.Contains("SET [o].[LockedUntil] = ", claim, StringComparison.Ordinal);
        Assert.Contains("SELECT TOP(", claim, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [o0].[OccurredAt]", claim, StringComparison.Ordinal);
    }

    /// <summary>Opens nothing and runs nothing: keeps the SQL and answers "no rows".</summary>
    private sealed class CapturedCommands : IDbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Sql { get; } = [];

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Sql.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(0));
        }
    }
}
