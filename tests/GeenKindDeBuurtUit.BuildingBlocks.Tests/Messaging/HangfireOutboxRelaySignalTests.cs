using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

public sealed class HangfireOutboxRelaySignalTests
{
    private readonly IBackgroundJobClient _jobs = Substitute.For<IBackgroundJobClient>();
    private readonly FakeTimeProvider _clock = new();
    private readonly HangfireOutboxRelaySignal _signal;

    public HangfireOutboxRelaySignalTests() => _signal = new HangfireOutboxRelaySignal(_jobs, _clock);

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
    public async Task A_commit_after_the_queued_run_started_enqueues_another_run()
    {
        _signal.OutboxWritten();
        var relay = new OutboxRelay(Substitute.For<IServiceScopeFactory>(), [], _clock, Options.Create(new OutboxRelayOptions()), NullLogger<OutboxRelay>.Instance);
        await new OutboxRelayJob(relay, _signal).RunAsync(CancellationToken.None);

        _signal.OutboxWritten();

        _jobs.ReceivedWithAnyArgs(2).Create(default!, default!);
    }
}
