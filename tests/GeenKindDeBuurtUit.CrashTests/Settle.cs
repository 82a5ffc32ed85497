using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>Waiting on the host's background work through its database, not through sleeps.</summary>
internal static class Settle
{
    /// <summary>The seeded schools have reached every module's school map.</summary>
    public static async Task SeededAsync(HostDatabase database)
    {
        foreach (var table in PlatformFactory.SchoolMapTables)
        {
            await Eventually.AssertAsync(async () => await database.CountAsync($"SELECT COUNT(*) FROM {table}") >= 17, $"the seeded schools reach {table}", TimeSpan.FromSeconds(60));
        }
    }

    /// <summary>
    /// Every outbox row delivered and no recalculation pending, twice in a row half a second apart.
    /// The timeout covers the relay's periodic run, which retries a failed delivery after its backoff.
    /// </summary>
    public static async Task QuietAsync(HostDatabase database, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var quietOnce = false;
        while (true)
        {
            var quiet = await database.UndeliveredAsync() == 0 && await database.PendingRecalculationsAsync() == 0;
            if (quiet && quietOnce)
            {
                return;
            }

            quietOnce = quiet;
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException(
                    $"Not settled within {timeout.TotalSeconds} s: {await database.UndeliveredAsync()} undelivered outbox rows, "
                    + $"{await database.PendingRecalculationsAsync()} pending recalculations; failed deliveries: {string.Join("; ", await database.FailedDeliveriesAsync())}; "
                    + $"at {DateTime.UtcNow:O} undelivered: {string.Join("; ", await database.UndeliveredRowsAsync())}");
            }

            await Task.Delay(500);
        }
    }
}
