using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Pool;

internal static class ExpertiseRequestLookup
{
    public static async Task<ExpertiseRequestFact> RequestAsync(this MonitoringDbContext context, Guid requestId, Guid areaId, string expertise, CancellationToken cancellationToken)
    {
        var request = await context.ExpertiseRequests.FindAsync([requestId], cancellationToken);
        if (request is null)
        {
            request = ExpertiseRequestFact.For(requestId, areaId, expertise);
            context.ExpertiseRequests.Add(request);
        }

        return request;
    }
}
