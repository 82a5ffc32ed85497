using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// The platform in this process, on the run's SQLite file, for building data: requests go through the
/// full HTTP pipeline (auth, validation, handlers, outbox) without sockets, and events can be published
/// to the modules' own handlers. The measured host is a separate process (<see cref="Load.HostProcess"/>).
/// </summary>
internal class InProcessPlatform(string databaseFile, Tokens tokens, IReadOnlyList<KeyValuePair<string, string>> hostArgs)
    : WebApplicationFactory<Program>
{
    public string ConnectionString => $"Data Source={databaseFile};Default Timeout=30";

    public ApiClient Client(string role) => new(CreateClient(), tokens.Issue(role, "bench-seeder"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Auth:SigningKey", tokens.SigningKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in hostArgs)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}
