namespace GeenKindDeBuurtUit.Benchmarks.Ceilings;

/// <summary>
/// The HTTP ceiling: Kestrel answering a small JSON object, with no authentication, no database and
/// the default middleware a minimal app has. Started by the benchmark as its own process, like the host.
/// </summary>
internal static class BareKestrel
{
    public const string Mode = "bare-kestrel";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/ping", () => Results.Json(new Pong(Guid.Parse("7535f312-c0f6-5e5f-b80c-ad86c3116d31"), "open", 3)));
        await app.RunAsync();
        return 0;
    }

    private sealed record Pong(Guid Id, string Status, int Level);
}
