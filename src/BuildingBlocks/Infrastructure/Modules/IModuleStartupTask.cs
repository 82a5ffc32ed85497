namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;

/// <summary>Work a module does once at start-up, after every module's migrations are applied (for example seeding).</summary>
public interface IModuleStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
