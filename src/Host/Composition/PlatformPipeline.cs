using GeenKindDeBuurtUit.Audit.Infrastructure.Api;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Host.Jobs;
using GeenKindDeBuurtUit.Host.Pages;
using GeenKindDeBuurtUit.Host.OpenApi;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GeenKindDeBuurtUit.Host.Composition;

internal static class PlatformPipeline
{
    public const string ApiBase = "/api/v1";

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UsePages();
        app.UseRequestBodyLimit();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimits();
        app.UseAuditTrail();
        app.UseAuthorization();
        app.UseCallerLimits();
        app.UseDeveloperTools();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = ReadinessResponse.WriteAsync })
            .AllowAnonymous();

        var api = app.MapGroup(ApiBase).RequireAuthorization();
        foreach (var module in ModuleCatalog.All)
        {
            module.MapEndpoints(api);
        }

        app.MapPages();

        return app;
    }

    /// <summary>Swagger and the Hangfire dashboard (admins only), by default in Development only (docs/adr/0016).</summary>
    private static void UseDeveloperTools(this WebApplication app)
    {
        var edge = app.Services.GetRequiredService<PlatformEdge>();
        if (edge.ExposeSwagger)
        {
            app.UseSwagger(options => options.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1);
            app.UseSwaggerUI(options =>
            {
                options.SwaggerEndpoint($"/swagger/{SwaggerSetup.DocumentName}/swagger.json", "Geen Kind de Buurt Uit API v1");
                if (app.Environment.IsDevelopment())
                {
                    // A developer pastes a token once, not after every reload; elsewhere a browser keeps no token.
                    options.EnablePersistAuthorization();
                }
            });
        }

        if (edge.ExposeHangfireDashboard)
        {
            app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminDashboardAuthorization()] });
        }
    }
}
