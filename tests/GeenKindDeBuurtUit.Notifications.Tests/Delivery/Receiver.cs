using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

/// <summary>A receiver on loopback, a real Kestrel server: it records what reaches it and answers the status it is told.</summary>
internal sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Receiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Calls { get; } = new();

    public int Status { get; set; } = StatusCodes.Status204NoContent;

    /// <summary>How long it takes to answer: a receiver that hangs takes longer than the platform waits.</summary>
    public TimeSpan Delay { get; set; }

    public string Url => $"{_app.Urls.First()}/hooks";

    public static async Task<Receiver> StartAsync(int status = StatusCodes.Status204NoContent)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new Receiver(app) { Status = status };
        app.MapPost("/hooks", async (HttpRequest request, CancellationToken aborted) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Calls.Enqueue(new Received(
                request.ContentType, request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
                request.Headers["webhook-signature"].ToString(), body, DateTimeOffset.UtcNow));
            await Task.Delay(receiver.Delay, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(receiver.Status);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record Received(string? ContentType, string Id, string Timestamp, string Signature, string Body, DateTimeOffset At);
