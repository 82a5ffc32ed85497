using System.Net.Http.Headers;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Testing.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// The whole platform on a fresh real database: a SQLite file, or a database of its own on the
/// matrix's PostgreSQL server (<see cref="TestProvider"/>). Hangfire's configuration is static, so a test
/// project keeps one factory in one xunit collection (xunit wants the definition in the test assembly).
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Every module that keeps its own copy of the school map, as the seed's events fill it.</summary>
    public static readonly IReadOnlyList<string> SchoolMapTables =
    [
        "support_cases_school_placements", "expertise_pool_school_placements", "collective_budget_school_placements", "monitoring_school_placements", "notifications_school_placements",
        "facilities_schools",
    ];

    public const string SigningKey = "test-signing-key-for-the-platform-tests-0123456789";

    /// <summary>The audit chain's HMAC key, so a test can tell what a record's hash under the right key is.</summary>
    public const string AuditChainKey = "test-audit-chain-key-for-the-platform-tests-0123456789";

    public const string IdempotencyFingerprintKey = "test-idempotency-key-for-the-platform-tests-0123456789";

    /// <summary>The key subscriptions' signing secrets are encrypted with.</summary>
    public const string NotificationsSecretKey = "test-notifications-key-for-the-platform-tests-0123456789";

    /// <summary>The keys a host needs outside Development, as settings.</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>
    {
        ["Auth:SigningKey"] = SigningKey,
        ["Audit:ChainKey"] = AuditChainKey,
        ["Idempotency:FingerprintKey"] = IdempotencyFingerprintKey,
        ["Notifications:SecretKey"] = NotificationsSecretKey,
    };

    public PlatformFactory()
        : this(realServer: false)
    {
    }

    private PlatformFactory(bool realServer)
    {
        if (realServer)
        {
            // A browser needs a socket to connect to; port 0 lets the system pick a free one.
            UseKestrel(0);
        }

        Folder = Directory.CreateTempSubdirectory("gkdbu-tests-").FullName;
        DatabaseFile = Path.Combine(Folder, "platform.db");
        (Provider, ConnectionString, _postgreSql) = TestProvider.Database(DatabaseFile);
        _contract = new Lazy<Task<ContractDocument>>(async () =>
        {
            using var client = base.CreateClient();
            return ContractDocument.Parse(await client.GetStringAsync(OpenApiDocument));
        });
    }

    /// <summary>
    /// The platform served by Kestrel on a loopback port instead of the in-memory test server, for a
    /// real browser; its clients still go through <see cref="CreateClient"/>. One public constructor
    /// stays, as xunit wants of a fixture.
    /// </summary>
    public static PlatformFactory OnRealServer() => new(realServer: true);

    /// <summary>Where Kestrel listens (started if it was not yet), as the server reports it.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.FirstOrDefault() ?? throw new InvalidOperationException("The server listens on no address: was the factory made with OnRealServer?"));
        }
    }

    public const string OpenApiDocument = "/swagger/v1/swagger.json";

    private static readonly TimeSpan SeedTimeout = TimeSpan.FromSeconds(60);

    private readonly Lazy<Task<ContractDocument>> _contract;

    private readonly PostgreSqlTestDatabase? _postgreSql;

    public string Folder { get; }

    public string DatabaseFile { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>The platform's database; on SQLite the file <see cref="DatabaseFile"/>.</summary>
    public string ConnectionString { get; }

    public TestTokens Tokens { get; } = new(SigningKey);

    /// <summary>The served OpenAPI document, read once per platform.</summary>
    public Task<ContractDocument> ContractAsync() => _contract.Value;

    /// <summary>
    /// Every client of the platform's tests checks each answer under /api/v1 against the served
    /// OpenAPI document (see <see cref="ContractValidatingHandler"/>).
    /// </summary>
    public new HttpClient CreateClient() =>
        ContractValidatingHandler.Enabled
            ? CreateDefaultClient(
                ClientOptions.BaseAddress,
                new ContractValidatingHandler(ContractAsync, ContractValidatingHandler.ReportOnly),
                new RedirectHandler(ClientOptions.MaxAutomaticRedirections),
                new CookieContainerHandler())
            : base.CreateClient();

    /// <summary>A client whose answers are not checked against the document: for tests that judge answers themselves, like the contract fuzz.</summary>
    public HttpClient UncheckedClient() => base.CreateClient();

    public HttpClient ClientAs(string role, IEnumerable<Guid>? schools = null, IEnumerable<Guid>? boards = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Valid([role], schools, boards));
        return client;
    }

    public HttpClient Admin() => ClientAs(Roles.Admin);

    public HttpClient Anonymous() => CreateClient();

    /// <summary>Reads the platform's database directly, for assertions on what was (not) stored.</summary>
    public Task<long> CountAsync(string sql) => new DatabaseProbe(ConnectionString).CountAsync(sql);

    /// <summary>
    /// Starts the platform and waits until the seeded schools have reached every module: the
    /// school maps fill through the outbox, so a test that starts too early sees "unknown school".
    /// </summary>
    public async Task InitializeAsync()
    {
        using var client = CreateClient();

        // A wait for start-up, not an assertion about it: a server under the load of parallel test
        // assemblies takes longer to pass the seed through every outbox than a SQLite file does.
        foreach (var table in SchoolMapTables)
        {
            await Eventually.AssertAsync(async () => await CountAsync($"select count(*) from {table}") >= 17, $"the seeded schools reach {table}", SeedTimeout);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<string> ScalarTextAsync(string sql) =>
        await new DatabaseProbe(ConnectionString).ScalarAsync(sql) is { } value and not DBNull
            ? TestSql.Text(value)
            : throw new InvalidOperationException($"No value for: {sql}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        foreach (var (key, value) in Keys)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:Provider", Provider.ToString());

        // Every test client reaches the test server from one unknown address, so the limit per address
        // for requests without a valid token would be shared by all tests; EdgeHost tests it.
        builder.UseSetting("RateLimiting:AnonymousPermitLimit", "1000000");

        // Receivers in the tests listen on loopback, which a subscription may name only when allowed.
        builder.UseSetting("Notifications:AllowedHosts:0", "127.0.0.1");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        _postgreSql?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background job; the temp folder is cleaned by the OS.
        }
    }
}
