using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Platform.Outbox;
using GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;
using GeenKindDeBuurtUit.Testing;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.PostgreSql;

/// <summary>
/// The relay on PostgreSQL claims its batch with <c>FOR UPDATE SKIP LOCKED</c> (docs/adr/0041):
/// relays on two hosts drain one outbox together, each message delivered once, and a claim never
/// waits for rows another host is claiming; their shares to a module whose events share rows take turns (docs/adr/0087).
/// </summary>
public sealed class PostgreSqlRelayTests : IAsyncLifetime
{
    private PostgreSqlTestModule _module = null!;

    public async Task InitializeAsync()
    {
        if (TestProvider.PostgreSqlMissing is null)
        {
            _module = await PostgreSqlTestModule.CreateAsync(batchSize: 5);
        }
    }

    public async Task DisposeAsync()
    {
        if (_module is not null)
        {
            await _module.DisposeAsync();
        }
    }

    [PostgreSqlFact]
    public void The_postgresql_setup_gives_the_relay_its_skip_locked_claim()
    {
        var relayClaim = _module.NewHost().GetService<IOutboxClaim>();

        Assert.IsType<PostgreSqlOutboxClaim>(relayClaim);
    }

    [PostgreSqlFact]
    public async Task Relays_on_two_hosts_draining_one_outbox_deliver_every_message_once_and_both_take_part()
    {
        var events = Enumerable.Range(0, 200).Select(_ => new WidgetTallied(Guid.NewGuid())).ToList();
        await _module.PublishAsync(events);
        var relays = new[] { _module.NewHost(), _module.NewHost() }.Select(PostgreSqlTestModule.NewRelay).ToList();
        using var start = new Barrier(relays.Count);

        var runs = await Task.WhenAll(relays.Select(relay => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await relay.RelayAsync(CancellationToken.None);
        })));

        Assert.All(runs, Assert.Empty);
        Assert.All(events, e => Assert.Equal(1, WidgetDeliveries.Of(e.EventId)));
        var outbox = await _module.OutboxAsync();
        Assert.All(outbox, m => Assert.NotNull(m.ProcessedAt));
        Assert.Equal(2, outbox.Select(m => m.LockedBy).Distinct().Count());
    }

    [PostgreSqlFact]
    public async Task A_claim_passes_over_rows_another_host_is_claiming_instead_of_waiting_for_them()
    {
        var events = Enumerable.Range(0, 4).Select(_ => new WidgetTallied(Guid.NewGuid())).ToList();
        await _module.PublishAsync(events);
        await using var otherHost = new NpgsqlConnection(_module.ConnectionString);
        await otherHost.OpenAsync();
        await using var claiming = await otherHost.BeginTransactionAsync();
        await using (var oldestTwo = new NpgsqlCommand(
            """SELECT "Id" FROM test.outbox_messages ORDER BY "OccurredAt" LIMIT 2 FOR UPDATE""", otherHost, claiming))
        {
            await oldestTwo.ExecuteNonQueryAsync();
        }

        var relay = PostgreSqlTestModule.NewRelay(_module.NewHost());
        var run = relay.RelayAsync(CancellationToken.None);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(15)));

        Assert.True(finished == run, "the claim waited for the rows another transaction holds");
        Assert.Empty(await run);
        Assert.Equal([0, 0, 1, 1], events.Select(e => WidgetDeliveries.Of(e.EventId)));
        var held = (await _module.OutboxAsync()).Take(2).ToList();
        Assert.All(held, m => Assert.Null(m.LockedBy));

        await claiming.RollbackAsync();
        await relay.RelayAsync(CancellationToken.None);

        Assert.All(events, e => Assert.Equal(1, WidgetDeliveries.Of(e.EventId)));
    }

    [PostgreSqlFact]
    public async Task The_shares_of_two_hosts_to_a_module_whose_events_share_rows_take_turns_so_they_cannot_deadlock()
    {
        var first = new WidgetCreated(Guid.NewGuid());
        await _module.PublishAsync([first]);
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        _module.Fault.DuringDelivery = () =>
        {
            inside.Set();
            release.Wait(TimeSpan.FromSeconds(60));
        };
        var holding = Task.Run(() => PostgreSqlTestModule.NewRelay(_module.NewHost()).RelayAsync(CancellationToken.None));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(30)), "the first host's share did not start");

        var second = new WidgetCreated(Guid.NewGuid());
        await _module.PublishAsync([second]);
        var waiting = Task.Run(() => PostgreSqlTestModule.NewRelay(_module.NewHost()).RelayAsync(CancellationToken.None));
        var finished = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(3)));

        Assert.False(finished == waiting, "the second host's share committed while the first host's share to the module was open");
        Assert.Equal(0, await EffectsOfAsync(second));
        release.Set();
        Assert.Empty(await holding);
        Assert.Empty(await waiting);
        var effects = new[] { await EffectsOfAsync(first), await EffectsOfAsync(second) };
        Assert.Equal([1, 1], effects);
    }

    private Task<int> EffectsOfAsync(IntegrationEvent delivered) =>
        _module.InScopeAsync(context => context.Effects.CountAsync(e => e.EventId == delivered.EventId));
}
