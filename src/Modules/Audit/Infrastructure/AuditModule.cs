using GeenKindDeBuurtUit.Audit.Application;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Api;
using GeenKindDeBuurtUit.Audit.Infrastructure.Chain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Audit.Infrastructure.Trail;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Secrets;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Audit;

/// <summary>
/// The audit trail of pupil-level data: an append-only, hash-chained record of every read,
/// change and refused attempt, written through <see cref="IAuditTrail"/> and read by admins.
/// </summary>
public sealed class AuditModule : IModule
{
    public string Name => "Audit";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AuditDbContext>(Name, AuditDbContext.SchemaName);
        services.AddModuleConventions(typeof(AuditModule).Assembly, typeof(IAuditRecordQueries).Assembly);
        // One per process: its queue is what lets concurrent requests share a transaction (docs/adr/0021).
        services.AddSingleton<IAuditTrail, AuditTrail>();
        services.AddHostSecret(ChainKeySecret.Value);
        services.AddSingleton(provider => new ChainKey(provider.GetRequiredService<HostSecrets>().KeyOf(ChainKeySecret.Value)));
        services.AddScoped<IModuleStartupTask, UnkeyedRecordsSeal>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => AuditEndpoints.Map(api);
}
