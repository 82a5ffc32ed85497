using System.Security.Claims;
using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Secrets;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.Host.Edge;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary>
/// The idempotency middleware on a tiny host of its own: a fake clock, the caller's <c>sub</c> from
/// a test header, and one database on the matrix's engine holding the key table and a small module
/// (docs/adr/0016, 0019).
/// </summary>
internal sealed class IdempotencyTestHost : IAsyncDisposable
{
    public const string SubHeader = "X-Test-Sub";

    private readonly MatrixDatabase _database;
    private readonly WebApplication _app;

    private IdempotencyTestHost(MatrixDatabase database, WebApplication app)
    {
        _database = database;
        _app = app;
    }

    public bool OnPostgreSql => _database.OnPostgreSql;

    public IServiceProvider Services => _app.Services;

    public HttpClient Client => _app.GetTestClient();

    public static async Task<IdempotencyTestHost> StartAsync(FakeTimeProvider clock, Action<WebApplication> mapEndpoints)
    {
        var database = new MatrixDatabase("gkdbu-idempotency-");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Idempotency:Retention"] = "1.00:00:00",
            ["Idempotency:InFlightLease"] = "00:01:00",
            ["Idempotency:FingerprintKey"] = GeenKindDeBuurtUit.Testing.PlatformFactory.IdempotencyFingerprintKey,
        });
        builder.Services.AddSingleton(new HostSecrets(builder.Configuration, builder.Environment, database.Folder));
        builder.Services.AddSingleton<TimeProvider>(clock);
        database.AddTo(builder.Services, applyMigrationsAtStartup: true);
        builder.Services.AddJsonProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddIdempotencyKeys(builder.Configuration);
        builder.Services.AddModuleDbContext<WidgetsDbContext>("Widgets", WidgetsDbContext.SchemaName);
        var app = builder.Build();

        app.UseExceptionHandler();

        // Stands in for the bearer token: the caller's sub from a test header.
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(SubHeader, out var sub))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", sub.ToString())], "test"));
            }

            return next(context);
        });
        app.UseIdempotencyKeys("/api/v1");
        mapEndpoints(app);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<WidgetsDbContext>().GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        }

        await app.StartAsync();
        return new IdempotencyTestHost(database, app);
    }

    public Task<HttpResponseMessage> SendAsync(string path, string? sub, string? key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add(IdempotencyKeyHeader.Name, key);
        }

        if (sub is not null)
        {
            request.Headers.Add(SubHeader, sub);
        }

        return Client.SendAsync(request);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<int> WidgetsAsync(string name) =>
        InScopeAsync(services => services.GetRequiredService<WidgetsDbContext>().Widgets.CountAsync(w => w.Name == name));

    public Task<int> OutboxRowsAsync() =>
        InScopeAsync(services => services.GetRequiredService<WidgetsDbContext>().Outbox.CountAsync());

    public Task<IdempotencyRecord?> KeyAsync(string sub, string key)
    {
        var caller = CallerOf(sub);
        return InScopeAsync(services => services.GetRequiredService<IdempotencyDbContext>().Keys.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key));
    }

    /// <summary>The caller as the key table names it, for a test header's <c>sub</c>.</summary>
    public string CallerOf(string sub) => Fingerprints.OfCaller(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", sub)], "test")));

    public IdempotencyFingerprint Fingerprints => Services.GetRequiredService<IdempotencyFingerprint>();

    /// <summary>Runs SQL, in the engine's own dialect, on the database from outside the host, as an operator (or a failing disk) would.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await TestSql.OpenAsync(_database.ConnectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }
}

/// <summary>A module of the tiny host: one aggregate, its outbox, committed through the unit of work.</summary>
internal sealed class WidgetsDbContext(DbContextOptions<WidgetsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "widgets";

    public override string Schema => SchemaName;

    public DbSet<Widget> Widgets => Set<Widget>();

    /// <summary>Adds a widget and its event, and commits them in one unit of work, as a module's handler does.</summary>
    public async Task<Widget> AddAsync(string name, CancellationToken cancellationToken)
    {
        var widget = new Widget(Guid.NewGuid(), name);
        Widgets.Add(widget);
        Publish(new WidgetAdded(widget.Id));
        await CommitAsync(cancellationToken);
        return widget;
    }

    /// <summary>Renames a widget: a commit that changes a record and adds none.</summary>
    public async Task RenameAsync(Guid id, string name, CancellationToken cancellationToken)
    {
        var widget = await Widgets.SingleAsync(w => w.Id == id, cancellationToken);
        widget.Rename(name);
        await CommitAsync(cancellationToken);
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Widget>().ToTable("widgets");
}

internal sealed class Widget(Guid id, string name) : AggregateRoot
{
    public Guid Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public void Rename(string name) => Name = name;
}

internal sealed record WidgetAdded(Guid WidgetId) : IntegrationEvent;

internal sealed record WidgetBody(string Name);
