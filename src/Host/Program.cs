using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.Platform.Secrets;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Host.Composition;
using GeenKindDeBuurtUit.Host.Edge;
using GeenKindDeBuurtUit.Host.Faults;

var command = args.FirstOrDefault() == TokenCommand.Name ? TokenCommand.Name : null;

// A command-line switch, not configuration: no appsettings file or environment variable of a
// deployment can arm the crash tests' fault points (docs/adr/0034).
var faultInjection = command is null && args.Contains(FaultInjection.Switch);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command is null ? [.. args.Where(arg => arg != FaultInjection.Switch)] : [],
    ContentRootPath = AppContext.BaseDirectory,
});
var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "data");
var auth = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
if (command == TokenCommand.Name)
{
    if (builder.Environment.IsDevelopment())
    {
        SigningKeyResolver.Resolve(auth, builder.Environment, dataFolder);
    }

    return TokenCommand.Run(args[1..], auth, builder.Environment, Console.Out, Console.Error);
}

SigningKeyResolver.Resolve(auth, builder.Environment, dataFolder);

var database = DatabaseSetup.Resolve(builder.Configuration, dataFolder);
builder.Services.AddSingleton(new HostSecrets(builder.Configuration, builder.Environment, dataFolder));
builder.Services.AddPlatform(builder.Configuration, database, auth);
builder.Services.AddFaultInjection(faultInjection);

// On SIGTERM the server stops taking connections, lets requests in flight finish and cancels the
// background jobs, which hand back their claims; all within this time, under the 30 s an
// orchestrator usually waits before it kills (docs/adr/0017).
builder.Services.Configure<HostOptions>(options =>
    options.ShutdownTimeout = builder.Configuration.GetValue("Host:ShutdownTimeout", TimeSpan.FromSeconds(20)));

var app = builder.Build();
if (app.Services.GetRequiredService<IFaultInjector>() is ArmedFaultInjector { Armed: { } armed })
{
    // Said loudly, and early: a typo in the variable fails here, not in the middle of a test.
    Console.Error.WriteLine($"FAULT INJECTION ARMED: {armed} (docs/adr/0017)");
}
else if (!faultInjection && FaultInjection.VariablesSet)
{
    Console.Error.WriteLine($"{FaultInjection.KillVariable}/{FaultInjection.HangVariable} ignored: fault injection is for the crash tests only (docs/adr/0034).");
}

await PlatformStartup.PrepareAsync(app.Services, app.Lifetime.ApplicationStopping);
app.UseShutdownSafeRequestBodies();
app.UsePlatform();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the host tests' WebApplicationFactory.</summary>
public partial class Program;
