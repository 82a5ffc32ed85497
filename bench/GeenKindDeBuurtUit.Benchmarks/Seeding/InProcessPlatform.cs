using GeenKindDeBuurtUit.Benchmarks.Storage;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// The platform in this process, on the data set's database, for building data: every write is one
/// of the application's own commands, sent through its mediator in a scope of its own (validation,
/// the handler's rules, its unit of work and outbox), with the Hangfire server relaying the events to
/// the other modules as in production. Sockets, HTTP parsing, token checks and the audit trail of
/// each call are left out (docs/adr/0023): they are what the load measures, not what builds the data.
/// The measured host is a separate process (<see cref="Load.ChildProcess"/>).
/// </summary>
internal class InProcessPlatform(Store store, IReadOnlyList<KeyValuePair<string, string>> hostArgs)
    : WebApplicationFactory<Program>
{
    /// <summary>Larger than the host's default: a seed writes events far faster than a school system does.</summary>
    public const int SeedingRelayBatch = 500;

    private readonly string _signingKey = Tokens.ForThisRun().SigningKey;

    public Store Store => store;

    /// <summary>Sends one command as a caller with this role, in its own scope.</summary>
    public async Task<T> SendAsync<T>(string role, ICommand<T> command)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SeedingActor>().Role = role;
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>Asks one query as a caller with this role, in its own scope.</summary>
    public async Task<T> QueryAsync<T>(string role, IQuery<T> query)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SeedingActor>().Role = role;
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", store.ConnectionString);
        builder.UseSetting("Database:Provider", store.Provider.ToString());
        builder.UseSetting("Auth:SigningKey", _signingKey);
        foreach (var (key, value) in HostKeys.ForThisRun())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Outbox:BatchSize", SeedingRelayBatch.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in hostArgs)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddScoped<SeedingActor>();
            services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<SeedingActor>());
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        store.ClearPools();
    }
}

/// <summary>The caller of a seeding command: a role with the reach of every school, as the bench's tokens had.</summary>
internal sealed class SeedingActor : ICurrentActor
{
    public string Role { get; set; } = string.Empty;

    public string Subject => "bench-seeder";

    public IReadOnlySet<string> Roles => new HashSet<string>(StringComparer.Ordinal) { Role };

    public IReadOnlySet<Guid> SchoolIds { get; } = new HashSet<Guid>();

    public IReadOnlySet<Guid> BoardIds { get; } = new HashSet<Guid>();
}
