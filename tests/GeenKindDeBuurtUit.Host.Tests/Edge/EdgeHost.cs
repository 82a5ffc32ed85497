using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>
/// The platform in an environment and with settings of a test's choosing, on its own SQLite file.
/// Used one at a time inside the host collection, because Hangfire's configuration is static.
/// </summary>
/// <param name="folder">A folder whose database a host before this one left (a restart); the caller then removes it.</param>
internal sealed class EdgeHost(string environment, IReadOnlyDictionary<string, string> settings, string? folder = null) : WebApplicationFactory<Program>
{
    private readonly string _folder = folder ?? Directory.CreateTempSubdirectory("gkdbu-edge-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_folder, "edge.db")};Default Timeout=30");
        builder.UseSetting("Database:Provider", "Sqlite");

        // Outside Development the host refuses to start without its keys.
        foreach (var (key, value) in PlatformFactory.Keys)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (folder is not null)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background job; the temp folder is cleaned by the OS.
        }
    }
}
