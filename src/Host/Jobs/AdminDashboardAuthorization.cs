using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using Hangfire.Dashboard;

namespace GeenKindDeBuurtUit.Host.Jobs;

/// <summary>The Hangfire dashboard shows job arguments and failures: admins only.</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
