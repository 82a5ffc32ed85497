using GeenKindDeBuurtUit.Platform.ReadCaches;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GeenKindDeBuurtUit.Platform.Persistence.PostgreSql;

/// <summary>
/// Hears every host's announced changes on one connection kept for it (<c>LISTEN</c>), and tells
/// <see cref="ModuleChanges"/>. While it has no connection, or has not yet listened, nothing is
/// kept: an answer could be another host's stale one. A connection silent for a while is asked a
/// question, so one that died without a word is noticed.
/// </summary>
internal sealed partial class PostgreSqlChangeListener(NpgsqlDataSource dataSource, ModuleChanges changes, ILogger<PostgreSqlChangeListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    await ListenAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    changes.Deaf();
                    LogLost(exception);
                    await Task.Delay(Pause, stoppingToken);
                }
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever ended the wait, this host hears nothing more.
            changes.Deaf();
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, notification) => changes.Changed(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgreSqlChangeAnnouncement.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        changes.Listening();
        LogListening();
        while (true)
        {
            if (!await connection.WaitAsync(Quiet, stoppingToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for the changes of other hosts: read caches keep answers")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that hears other hosts' changes: read caches keep nothing until it is back")]
    private partial void LogLost(Exception exception);
}
