namespace GeenKindDeBuurtUit.Monitoring.Application.YearEnd;

internal static class YearEndClock
{
    /// <summary>
    /// The moment of a closing or reopening, to the whole microsecond as PostgreSQL stores it: the
    /// answer to the change then equals every read after it.
    /// </summary>
    public static DateTime Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
