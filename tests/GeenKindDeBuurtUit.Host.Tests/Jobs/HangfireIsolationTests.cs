using GeenKindDeBuurtUit.Host.Jobs;
using GeenKindDeBuurtUit.Host.Tests.Edge;
using GeenKindDeBuurtUit.Testing;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Host.Tests.Jobs;

/// <summary>
/// Hangfire keeps its storage, activator and logging process-wide; a host keeps its own storage
/// and activator, and a host that stops beside it does not stop its jobs.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HangfireIsolationTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_host_that_starts_and_stops_beside_the_platform_leaves_it_its_own_jobs()
    {
        var storage = platform.Services.GetRequiredService<JobStorage>();
        var activator = platform.Services.GetRequiredService<JobActivator>();
        using (var other = new EdgeHost("Development", new Dictionary<string, string>()))
        {
            other.CreateClient().Dispose();
            Assert.NotSame(storage, other.Services.GetRequiredService<JobStorage>());
            Assert.NotSame(activator, other.Services.GetRequiredService<JobActivator>());
        }

        // The host that stopped set Hangfire's logging last, and its logger factory is gone.
        var run = platform.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxRelayJob>(job => job.RunAsync(CancellationToken.None));

        await Eventually.AssertAsync(
            () =>
            {
                using var connection = storage.GetConnection();
                return Task.FromResult(connection.GetStateData(run)?.Name == SucceededState.StateName);
            },
            "the platform's relay run, queued after the other host stopped, ran on the platform",
            TimeSpan.FromSeconds(30));
    }
}
