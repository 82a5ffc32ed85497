using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Facilities;

/// <summary>
/// The BEN map: the facilities (voorzieningen) in and around each school, kept current by the
/// partner organisations that run them.
/// </summary>
public sealed class FacilitiesModule : IModule
{
    public string Name => "Facilities";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
