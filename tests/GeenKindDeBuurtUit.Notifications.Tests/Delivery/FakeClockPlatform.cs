using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolMap;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

using Deliveries = GeenKindDeBuurtUit.Notifications.Domain.Deliveries;

/// <summary>
/// The whole platform on a database of its own whose clock only moves when a test moves it, and
/// without the delivery worker: a test makes each delivery pass itself, so a retry an hour away
/// is reached at once, and "nothing is due yet" is an answer rather than a wait.
/// </summary>
internal sealed class FakeClockPlatform : IAsyncDisposable
{
    private readonly PlatformFactory _database = new();
    private readonly WebApplicationFactory<Program> _host;

    private FakeClockPlatform()
    {
        _host = _database.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var worker in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(NotificationDeliveryWorker)).ToList())
            {
                services.Remove(worker);
            }
        }));
    }

    /// <summary>Starts at the real time, so the seed and the first tokens look as they would today.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Moves the clock on to a time read back from the database; one already reached (PostgreSQL
    /// keeps microseconds, so a time written at the frozen now may read back a tick earlier) leaves it.
    /// </summary>
    public void AdvanceTo(DateTime time)
    {
        var target = new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));
        if (target > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(target);
        }
    }

    public static async Task<FakeClockPlatform> StartAsync()
    {
        var platform = new FakeClockPlatform();
        using var client = platform._host.CreateClient();
        foreach (var table in PlatformFactory.SchoolMapTables)
        {
            await Eventually.AssertAsync(async () => await platform._database.CountAsync($"select count(*) from {table}") >= 17, $"the seeded schools reach {table}", TimeSpan.FromSeconds(60));
        }

        return platform;
    }

    /// <summary>
    /// A client whose token holds from the real now to an hour past the fake now: valid whichever
    /// of the two clocks the host checks it against.
    /// </summary>
    public HttpClient ClientAs(string role, IEnumerable<Guid>? schools = null, IEnumerable<Guid>? boards = null)
    {
        var client = _host.CreateClient();
        var token = _database.Tokens.Create([role], schools, boards, notBefore: DateTime.UtcNow, expires: Now.AddHours(1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<JsonArray> SchoolsAsync()
    {
        using var admin = ClientAs("admin");
        return (await admin.GetFromJsonAsync<JsonArray>("/api/v1/schools"))!;
    }

    /// <summary>One pass of the deliverer at the fake now; returns once every attempt it started has ended.</summary>
    /// <returns>How many attempts it started.</returns>
    public async Task<int> PassAsync()
    {
        var deliverer = _host.Services.GetRequiredService<NotificationDeliverer>();
        var started = await deliverer.DeliverDueAsync(CancellationToken.None);
        await Eventually.AssertAsync(() => Task.FromResult(!deliverer.HasAttemptsUnderWay), "the attempts started in the pass end", TimeSpan.FromSeconds(30));
        return started;
    }

    public async Task<IReadOnlyList<Deliveries.Delivery>> DeliveriesAsync(Guid subscriptionId)
    {
        using var scope = _host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Deliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId).OrderBy(d => d.CreatedAt).ToListAsync();
    }

    public async Task<Subscription> SubscriptionAsync(Guid subscriptionId)
    {
        using var scope = _host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Subscriptions.AsNoTracking().SingleAsync(s => s.Id == subscriptionId);
    }

    /// <summary>Waits until the subscription has <paramref name="count"/> deliveries: they are written when the event reaches the module.</summary>
    public async Task<IReadOnlyList<Deliveries.Delivery>> DeliveriesAsync(Guid subscriptionId, int count)
    {
        IReadOnlyList<Deliveries.Delivery> deliveries = [];
        await Eventually.AssertAsync(async () => (deliveries = await DeliveriesAsync(subscriptionId)).Count >= count, $"{count} deliveries are written", TimeSpan.FromSeconds(30));
        Assert.Equal(count, deliveries.Count);
        return deliveries;
    }

    /// <summary>The cluster the module's own copy of the school map places the school in.</summary>
    public async Task<Guid> ClusterOfAsync(Guid schoolId)
    {
        using var scope = _host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().SchoolPlacements().Where(p => p.SchoolId == schoolId).Select(p => p.ClusterId).SingleAsync();
    }

    public Task<long> CountAsync(string sql) => _database.CountAsync(sql);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
