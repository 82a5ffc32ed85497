using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web.Idempotency;
using GeenKindDeBuurtUit.Host.Jobs;
using GeenKindDeBuurtUit.Host.OpenApi;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GeenKindDeBuurtUit.Host.Composition;

internal static class PlatformPipeline
{
    public const string ApiBase = "/api/v1";

    public static WebApplication UsePlatform(this WebApplication app)
    {
        var edge = app.Services.GetRequiredService<PlatformEdge>();

        // First, so every answer carries them, whoever writes it (docs/adr/0016).
        app.UseMiddleware<SecurityHeadersMiddleware>(new PathString("/api"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>(edge.MaxRequestBodyBytes);
        if (edge.ExposeSwagger)
        {
            app.UseSwagger();
            app.UseSwaggerUI(options => options.SwaggerEndpoint($"/swagger/{SwaggerSetup.DocumentName}/swagger.json", "Geen Kind de Buurt Uit API v1"));
        }

        app.UseCors();

        app.UseAuthentication();
        app.UseAuthorization();

        // After authorization: limits and keys are per caller (the token's sub).
        app.UseRateLimiter();
        app.UseIdempotencyKeys(ApiBase);
        if (edge.ExposeHangfireDashboard)
        {
            app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminDashboardAuthorization()] });
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();

        var api = app.MapGroup(ApiBase).RequireAuthorization();
        foreach (var module in ModuleCatalog.All)
        {
            module.MapEndpoints(api);
        }

        return app;
    }
}
