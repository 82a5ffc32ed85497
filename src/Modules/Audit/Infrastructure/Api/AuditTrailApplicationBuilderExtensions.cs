using Microsoft.AspNetCore.Builder;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Api;

public static class AuditTrailApplicationBuilderExtensions
{
    /// <summary>Place after <c>UseAuthentication</c> (to know the caller) and before <c>UseAuthorization</c> (to see its refusals).</summary>
    public static IApplicationBuilder UseAuditTrail(this IApplicationBuilder app) => app.UseMiddleware<AuditTrailMiddleware>();
}
