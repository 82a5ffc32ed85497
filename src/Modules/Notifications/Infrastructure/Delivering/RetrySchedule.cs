namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;

/// <summary>
/// When a failed delivery is tried again: after about 10 s, doubling up to an hour, each wait
/// between 80% and 100% of its step so many receivers coming back at once are not hit together;
/// after 24 hours of trying the delivery has failed.
/// </summary>
internal static class RetrySchedule
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);

    public static TimeSpan Step(int attempts) =>
        TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks * (1L << Math.Min(attempts - 1, 20))));

    /// <param name="attempts">The attempts made so far, the failed one included.</param>
    /// <param name="jitter">A number in [0, 1): where in the step's last fifth the wait ends.</param>
    /// <returns>The next attempt's time, or null when the delivery has failed.</returns>
    public static DateTime? Next(DateTime firstDue, DateTime now, int attempts, double jitter)
    {
        var step = Step(attempts);
        var next = now + TimeSpan.FromTicks((long)(step.Ticks * (0.8 + (0.2 * jitter))));
        return next - firstDue > GiveUpAfter ? null : next;
    }
}
