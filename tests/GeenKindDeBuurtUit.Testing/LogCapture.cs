using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// What the running platform logs, at the levels its configuration lets through, from the moment
/// it is attached until it is disposed: messages, their values, scopes and exceptions.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();
    private volatile bool _stopped;

    public IReadOnlyList<string> Entries => [.. _entries];

    /// <summary>A logger factory cannot drop a provider again; a disposed capture just stops recording.</summary>
    public static LogCapture Attach(PlatformFactory platform)
    {
        var capture = new LogCapture();
        platform.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, this);

    public void Dispose() => _stopped = true;

    private void Record(string entry)
    {
        if (!_stopped)
        {
            _entries.Enqueue(entry);
        }
    }

    private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
        ? $"{state} {string.Join(' ', values.Select(v => $"{v.Key}={v.Value}"))}"
        : $"{state}";

    private sealed class Recorder(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            capture.Record($"{category} scope: {Describe(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Record($"{category} {logLevel}: {formatter(state, exception)} {Describe(state)} {exception}");
    }
}
