using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace GeenKindDeBuurtUit.Host.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide: the host that started last sets it. Where one process
/// holds several hosts (the tests), a host that stops disposes its logger factory while the others
/// run on, and Hangfire builds loggers as it goes (one per fetched job on PostgreSQL): a logger it
/// cannot build must not fail the fetch, which would leave the job taken and unrun.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _host = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _host.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Unheard.Instance;
        }
    }

    private sealed class Unheard : ILog
    {
        public static readonly Unheard Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
