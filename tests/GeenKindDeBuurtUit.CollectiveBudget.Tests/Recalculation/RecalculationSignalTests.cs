using GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Recalculation;

/// <summary>One queued run covers a burst of requests, but only while it is still queued: a run another host took may have read the pending rows already.</summary>
public sealed class RecalculationSignalTests
{
    private readonly IBackgroundJobClient _jobs = Substitute.For<IBackgroundJobClient>();
    private readonly IStorageConnection _connection = Substitute.For<IStorageConnection>();
    private readonly FakeTimeProvider _clock = new();
    private readonly RecalculationSignal _signal;

    public RecalculationSignalTests()
    {
        var storage = Substitute.For<JobStorage>();
        storage.GetConnection().Returns(_connection);
        _jobs.Create(default!, default!).ReturnsForAnyArgs("queued-run");
        _connection.GetStateData("queued-run").Returns(new StateData { Name = EnqueuedState.StateName });
        var services = new ServiceCollection().AddSingleton(_jobs).AddSingleton(storage).BuildServiceProvider();
        _signal = new RecalculationSignal(services, _clock, NullLogger<RecalculationSignal>.Instance);
    }

    [Fact]
    public void A_burst_of_requests_enqueues_one_run_while_it_waits_in_the_queue()
    {
        for (var i = 0; i < 20; i++)
        {
            _signal.Requested();
            _clock.Advance(TimeSpan.FromMilliseconds(20));
        }

        _jobs.Received(1).Create(Arg.Is<Job>(job => job.Type == typeof(FreedFundsRecalculationJob)), Arg.Any<EnqueuedState>());
    }

    [Fact]
    public void A_request_after_another_host_took_the_queued_run_enqueues_another()
    {
        _signal.Requested();
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        _connection.GetStateData("queued-run").Returns(new StateData { Name = ProcessingState.StateName });

        _signal.Requested();

        _jobs.ReceivedWithAnyArgs(2).Create(default!, default!);
    }
}
