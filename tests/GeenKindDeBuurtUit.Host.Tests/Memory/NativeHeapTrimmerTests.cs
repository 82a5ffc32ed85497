using GeenKindDeBuurtUit.Host.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Memory;

public sealed class NativeHeapTrimmerTests
{
    private readonly FakeTimeProvider _clock = new();
    private int _trims;

    [Fact]
    public async Task The_heap_is_trimmed_once_an_interval_while_the_host_runs_and_no_more_once_it_stops()
    {
        using var trimmer = Trimmer(TimeSpan.FromSeconds(2));
        await trimmer.StartAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(1.9));
        await Eventually(0);
        for (var tick = 1; tick <= 3; tick++)
        {
            _clock.Advance(TimeSpan.FromSeconds(2));
            await Eventually(tick);
        }

        await trimmer.StopAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(50);
        Assert.Equal(3, _trims);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(2, false)]
    public async Task An_interval_of_zero_or_a_c_library_that_cannot_trim_never_trims(int seconds, bool canTrim)
    {
        using var trimmer = Trimmer(TimeSpan.FromSeconds(seconds), canTrim);
        await trimmer.StartAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(50);
        await trimmer.StopAsync(CancellationToken.None);
        Assert.Equal(0, _trims);
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("soon")]
    public void The_host_refuses_an_interval_that_is_not_a_time_span_of_zero_or_more_naming_the_setting(string interval)
    {
        using var services = Services(interval);

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IOptions<NativeHeapOptions>>().Value);
        Assert.Contains("NativeHeap:TrimInterval", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_trims_every_two_seconds_unless_told_otherwise_and_runs_the_trimmer()
    {
        using var services = Services(null);

        Assert.Equal(TimeSpan.FromSeconds(2), services.GetRequiredService<IOptions<NativeHeapOptions>>().Value.TrimInterval);
        Assert.Contains(services.GetServices<IHostedService>(), service => service is NativeHeapTrimmer);
    }

    private NativeHeapTrimmer Trimmer(TimeSpan interval, bool canTrim = true) =>
        new(Options.Create(new NativeHeapOptions { TrimInterval = interval }), _clock, NullLogger<NativeHeapTrimmer>.Instance)
        {
            CanTrim = canTrim,
            Trim = () =>
            {
                Interlocked.Increment(ref _trims);
                return true;
            },
        };

    private static ServiceProvider Services(string? interval)
    {
        var settings = new Dictionary<string, string?>();
        if (interval is not null)
        {
            settings["NativeHeap:TrimInterval"] = interval;
        }

        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(TimeProvider.System)
            .AddNativeHeapTrimming(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
    }

    private async Task Eventually(int trims)
    {
        for (var wait = 0; wait < 200 && Volatile.Read(ref _trims) < trims; wait++)
        {
            await Task.Delay(10);
        }

        await Task.Delay(20);
        Assert.Equal(trims, Volatile.Read(ref _trims));
    }
}
