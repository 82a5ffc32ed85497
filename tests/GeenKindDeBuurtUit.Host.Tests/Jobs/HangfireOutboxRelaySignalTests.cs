using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Host.Jobs;
using GeenKindDeBuurtUit.Platform.Outbox;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace GeenKindDeBuurtUit.Host.Tests.Jobs;

public sealed class HangfireOutboxRelaySignalTests
{
    private readonly IBackgroundJobClient _jobs = Substitute.For<IBackgroundJobClient>();
    private readonly FakeTimeProvider _clock = new();
    private readonly IStorageConnection _connection = Substitute.For<IStorageConnection>();
    private readonly JobStorage _storage = Substitute.For<JobStorage>();
    private readonly HangfireOutboxRelaySignal _signal;

    public HangfireOutboxRelaySignalTests()
    {
        // The job store says what became of the queued run; until a test says otherwise, it waits in the queue.
        _jobs.Create(default!, default!).ReturnsForAnyArgs("queued-run");
        _storage.GetConnection().Returns(_connection);
        _connection.GetStateData("queued-run").Returns(new StateData { Name = EnqueuedState.StateName });
        _signal = new HangfireOutboxRelaySignal(_jobs, _storage, _clock);
    }

    [Fact]
    public void A_burst_of_commits_enqueues_one_relay_run()
    {
        for (var i = 0; i < 50; i++)
        {
            _signal.OutboxWritten();
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        _jobs.Received(1).Create(Arg.Is<Job>(job => job.Type == typeof(OutboxRelayJob)), Arg.Any<EnqueuedState>());
    }

    [Fact]
    public void A_commit_a_second_later_enqueues_another_run()
    {
        _signal.OutboxWritten();
        _clock.Advance(TimeSpan.FromSeconds(1));

        _signal.OutboxWritten();

        _jobs.ReceivedWithAnyArgs(2).Create(default!, default!);
    }

    [Fact]
    public void A_commit_after_another_host_took_the_queued_run_enqueues_another_run()
    {
        _signal.OutboxWritten();
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        // The other host's relay may have claimed its batch before this commit's rows existed.
        _connection.GetStateData("queued-run").Returns(new StateData { Name = ProcessingState.StateName });
        _signal.OutboxWritten();

        _jobs.ReceivedWithAnyArgs(2).Create(default!, default!);
    }

    [Fact]
    public async Task A_commit_after_the_queued_run_started_enqueues_another_run()
    {
        _signal.OutboxWritten();
        var relay = new OutboxRelay(Substitute.For<IServiceScopeFactory>(), [], new IntegrationEventTypes([]), _clock, Options.Create(new OutboxRelayOptions()), NullLogger<OutboxRelay>.Instance);
        await new OutboxRelayJob(relay, _signal).RunAsync(CancellationToken.None);

        _signal.OutboxWritten();

        _jobs.ReceivedWithAnyArgs(2).Create(default!, default!);
    }

    [Fact]
    public void A_commit_while_a_run_is_going_adds_a_pass_to_that_run_instead_of_enqueuing_another()
    {
        _signal.RelayStarted();

        _signal.OutboxWritten();
        _signal.OutboxWritten();

        _jobs.DidNotReceiveWithAnyArgs().Create(default!, default!);
        Assert.True(_signal.PassEnded());
        Assert.False(_signal.PassEnded());
    }

    [Fact]
    public void A_commit_after_the_run_ended_enqueues_a_new_run()
    {
        _signal.RelayStarted();
        Assert.False(_signal.PassEnded());

        _signal.OutboxWritten();

        _jobs.ReceivedWithAnyArgs(1).Create(default!, default!);
    }

    [Fact]
    public void A_run_stopped_by_an_exception_no_longer_counts_as_going()
    {
        _signal.RelayStarted();
        _signal.RelayAborted();

        _signal.OutboxWritten();

        _jobs.ReceivedWithAnyArgs(1).Create(default!, default!);
    }

    [Fact]
    public async Task A_run_makes_another_pass_for_messages_committed_while_it_delivered()
    {
        await using var db = new RelayJobDatabase();
        var first = await db.AddUnknownEventAsync();

        // The second is out of reach of the first pass (another relay's lease); while the first is
        // delivered, that lease runs out and a commit tells the signal, as a new row would.
        var second = await db.AddUnknownEventAsync("another-host", db.Clock.GetUtcNow().UtcDateTime.AddSeconds(1));
        var signal = new HangfireOutboxRelaySignal(_jobs, _storage, db.Clock);
        db.DuringDelivery = () =>
        {
            db.Clock.Advance(TimeSpan.FromSeconds(2));
            signal.OutboxWritten();
        };

        var failed = await Assert.ThrowsAsync<OutboxDeliveryException>(() => new OutboxRelayJob(db.NewRelay(), signal).RunAsync(CancellationToken.None));

        Assert.Equal(new[] { first, second }.Order(), failed.Failures.Select(f => f.EventId).Order());
        _jobs.DidNotReceiveWithAnyArgs().Create(default!, default!);
    }

    [Fact]
    public async Task A_relay_job_with_failures_fails_and_lists_them()
    {
        await using var db = new RelayJobDatabase();
        var unknown = await db.AddUnknownEventAsync();
        var job = new OutboxRelayJob(db.NewRelay(), new HangfireOutboxRelaySignal(_jobs, _storage, db.Clock));

        var failed = await Assert.ThrowsAsync<OutboxDeliveryException>(() => job.RunAsync(CancellationToken.None));

        var failure = Assert.Single(failed.Failures);
        Assert.Equal(unknown, failure.EventId);
        Assert.Contains(unknown.ToString(), failed.Message, StringComparison.Ordinal);
        Assert.Contains("not a registered integration event type", failed.Message, StringComparison.Ordinal);
    }
}
