using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>
/// The platform in an environment and with settings of a test's choosing, on a database of its own
/// on the matrix's engine. Used inside the host collection, one at a time, so its start does not
/// compete with the shared platform's requests.
/// </summary>
/// <param name="database">A database a host before this one left (a restart); the caller then disposes it.</param>
internal sealed class EdgeHost(string environment, IReadOnlyDictionary<string, string> settings, MatrixDatabase? database = null) : WebApplicationFactory<Program>
{
    private readonly MatrixDatabase _database = database ?? new MatrixDatabase("gkdbu-edge-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Default", _database.ConnectionString);
        builder.UseSetting("Database:Provider", _database.Provider.ToString());

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
        if (database is null)
        {
            _database.Dispose();
        }
    }
}
