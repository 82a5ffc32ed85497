using GeenKindDeBuurtUit.Platform.Idempotency;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// The idempotency cleanup's runs as Hangfire's PostgreSQL storage (schema <c>hangfire</c>) records
/// them: the scheduler of every host looks at the recurring job, and under Hangfire's distributed
/// lock only one of them creates the background job of an occurrence (parameter <c>Time</c>), which
/// one worker of one host runs (its <c>Processing</c> state names the server, host name and process id).
/// </summary>
internal sealed record RecurringRuns(IReadOnlyList<RecurringRun> Runs)
{
    public const string EveryTenSeconds = "*/10 * * * * *";

    public int Succeeded => Runs.Count(r => r.SucceededStates > 0);

    public static async Task<RecurringRuns> ReadAsync(HostDatabase database)
    {
        var rows = await database.RowsAsync($"""
            SELECT j.id, t.value, j.statename,
                   (SELECT COUNT(*) FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Succeeded'),
                   (SELECT string_agg(s.data::text, ' ') FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing')
            FROM hangfire.job j
            JOIN hangfire.jobparameter r ON r.jobid = j.id AND r.name = 'RecurringJobId'
            LEFT JOIN hangfire.jobparameter t ON t.jobid = j.id AND t.name = 'Time'
            WHERE r.value = '"{IdempotencyCleanupJob.RecurringJobId}"'
            ORDER BY j.id
            """);
        return new RecurringRuns(rows.Select(r => new RecurringRun(
            Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture),
            TestSql.Text(r[1]),
            TestSql.Text(r[2]),
            Convert.ToInt32(r[3], System.Globalization.CultureInfo.InvariantCulture),
            TestSql.Text(r[4]))).ToList());
    }

    /// <summary>No occurrence made two jobs, and no job ran to success twice.</summary>
    public void AssertOncePerOccurrence()
    {
        Assert.True(Runs.Count > 0, "the cleanup never ran");
        Assert.All(Runs, r => Assert.False(string.IsNullOrEmpty(r.Time), $"job {r.JobId} has no occurrence time"));
        Assert.All(Runs.GroupBy(r => r.Time), g => Assert.True(g.Count() == 1, $"occurrence {g.Key} made {g.Count()} jobs: {string.Join(", ", g.Select(r => r.JobId))}"));
        Assert.All(Runs, r => Assert.True(r.SucceededStates <= 1, $"job {r.JobId} succeeded {r.SucceededStates} times"));
    }

    /// <summary>How many occurrences each host ran, told apart by the process id in the server's name.</summary>
    public string Describe(IEnumerable<HostProcess> lives)
    {
        var byHost = lives.ToDictionary(
            l => l,
            l => Runs.Count(r => r.ProcessedBy.Contains($":{l.Id}:", StringComparison.Ordinal)));
        return $"{Runs.Count} occurrences of {IdempotencyCleanupJob.RecurringJobId}, one job each, {Succeeded} succeeded once; "
            + $"run by {string.Join(", ", byHost.Select(h => $"{h.Key.Name} {h.Value}"))}; states {string.Join(", ", Runs.GroupBy(r => r.State).Select(g => $"{g.Key} {g.Count()}"))}";
    }
}

internal sealed record RecurringRun(long JobId, string Time, string State, int SucceededStates, string ProcessedBy);
