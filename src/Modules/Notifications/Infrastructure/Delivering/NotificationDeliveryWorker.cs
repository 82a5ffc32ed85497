using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;

/// <summary>
/// Runs the deliverer on every host (not named a "Service": the module conventions would scope it), four times a second
/// while nothing is due, so a change reaches its receiver well within two seconds of the event; the leases keep hosts
/// from making one attempt twice, so any number of them may run it (docs/adr/0045).
/// </summary>
internal sealed partial class NotificationDeliveryWorker(NotificationDeliverer deliverer, ILogger<NotificationDeliveryWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var attempted = 0;
            try
            {
                attempted = await deliverer.DeliverDueAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database is away for a moment: the deliveries stay pending and are tried on the next pass.
                Failed(logger, failure);
            }

            if (attempted == 0)
            {
                await Task.Delay(Idle, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A notification delivery pass failed; pending deliveries are tried again.")]
    private static partial void Failed(ILogger logger, Exception failure);
}
