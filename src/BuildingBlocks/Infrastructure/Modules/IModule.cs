using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;

/// <summary>The one public face of a module towards the host: its services and its endpoints.</summary>
public interface IModule
{
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <param name="api">The <c>/api/v1</c> group; every endpoint below it requires a valid token unless it says otherwise.</param>
    void MapEndpoints(IEndpointRouteBuilder api);
}
