using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Host.Composition;

var command = args.FirstOrDefault() == TokenCommand.Name ? TokenCommand.Name : null;
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command is null ? args : [],
    ContentRootPath = AppContext.BaseDirectory,
});
var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "data");
var auth = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
SigningKeyResolver.Resolve(auth, builder.Environment, dataFolder);

if (command == TokenCommand.Name)
{
    return TokenCommand.Run(args[1..], auth, Console.Out, Console.Error);
}

var database = DatabaseSetup.Resolve(builder.Configuration, dataFolder);
builder.Services.AddPlatform(builder.Configuration, database, auth);

var app = builder.Build();
await PlatformStartup.PrepareAsync(app.Services, app.Lifetime.ApplicationStopping);
app.UsePlatform();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the host tests' WebApplicationFactory.</summary>
public partial class Program;
