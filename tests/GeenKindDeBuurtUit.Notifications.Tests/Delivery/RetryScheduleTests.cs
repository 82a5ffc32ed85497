using GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

public sealed class RetryScheduleTests
{
    private static readonly DateTime Due = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(9, 2560)]
    [InlineData(10, 3600)]
    [InlineData(30, 3600)]
    public void Waits_double_from_ten_seconds_up_to_an_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.Step(attempts));

    [Fact]
    public void Jitter_ends_each_wait_in_the_last_fifth_of_its_step()
    {
        Assert.Equal(Due.AddSeconds(8), RetrySchedule.Next(Due, Due, 1, 0));
        Assert.Equal(Due.AddSeconds(9), RetrySchedule.Next(Due, Due, 1, 0.5));
        Assert.Equal(Due.AddHours(2).AddMinutes(48), RetrySchedule.Next(Due, Due.AddHours(2), 12, 0));
    }

    [Fact]
    public void After_a_day_of_trying_the_delivery_has_failed()
    {
        Assert.NotNull(RetrySchedule.Next(Due, Due.AddHours(23), 30, 0));
        Assert.Null(RetrySchedule.Next(Due, Due.AddHours(23.5), 30, 0));
    }
}
