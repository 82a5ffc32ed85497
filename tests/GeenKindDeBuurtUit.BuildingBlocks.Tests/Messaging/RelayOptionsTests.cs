using GeenKindDeBuurtUit.Platform.Outbox;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Messaging;

/// <summary>The relay's settings: a host refuses to start with one it could not run with, and names it.</summary>
public sealed class RelayOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new OutboxRelayOptions.Validation().Validate(null, new OutboxRelayOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0, 16, 120, "Outbox:BatchSize")]
    [InlineData(100, 0, 120, "Outbox:EventsPerTransaction")]
    [InlineData(100, -3, 120, "Outbox:EventsPerTransaction")]
    [InlineData(100, 16, 0, "Outbox:Lease")]
    public void A_count_below_one_or_no_lease_is_refused_by_name(int batchSize, int perTransaction, int leaseSeconds, string setting)
    {
        var options = new OutboxRelayOptions { BatchSize = batchSize, EventsPerTransaction = perTransaction, Lease = TimeSpan.FromSeconds(leaseSeconds) };

        var result = new OutboxRelayOptions.Validation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }
}
