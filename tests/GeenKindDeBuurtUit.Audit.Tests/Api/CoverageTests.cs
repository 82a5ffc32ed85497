using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>A new endpoint on pupil-level data cannot slip past the trail unmarked.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CoverageTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("/api/v1/support-cases", "support-case")]
    [InlineData("/api/v1/expertise-requests", "expertise-request")]
    public void Every_endpoint_on_pupil_level_data_is_audited(string prefix, string objectType)
    {
        var endpoints = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
        Assert.True(endpoints.Count >= 5, $"found only {endpoints.Count} endpoints under {prefix}");

        Assert.All(endpoints, e => Assert.True(
            e.Metadata.GetMetadata<AuditedEndpoint>()?.ObjectType == objectType,
            $"{e.RoutePattern.RawText} ({e.DisplayName}) is not audited as {objectType}"));
    }
}
