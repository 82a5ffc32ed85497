using System.Reflection;
using GeenKindDeBuurtUit.Host.Pages.App;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>The dashboard lets in exactly the roles the monitoring API it reads from lets in.</summary>
[Collection(HostCollection.Name)]
public sealed class MonitoringPageRolesTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("/api/v1/monitoring/referrals")]
    [InlineData("/api/v1/monitoring/trend")]
    [InlineData("/api/v1/monitoring/thuiszitters")]
    [InlineData("/api/v1/monitoring/support")]
    [InlineData("/api/v1/monitoring/expertise")]
    public void The_page_roles_are_the_roles_of_the_monitoring_api(string route)
    {
        var endpoint = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => "/" + e.RoutePattern.RawText?.TrimStart('/') == route && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true);
        var apiRoles = endpoint.Metadata.OfType<AuthorizationPolicy>().SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>()
            .SelectMany(r => r.AllowedRoles);

        var pageRoles = typeof(MonitoringModel).GetCustomAttribute<AuthorizeAttribute>()!.Roles!.Split(',');

        Assert.Equal(apiRoles.Order(StringComparer.Ordinal), pageRoles.Order(StringComparer.Ordinal));
    }
}
