using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Support;

internal static class CaseFactsLookup
{
    /// <summary>The case's facts, created by whichever of its events arrives first.</summary>
    public static async Task<CaseFacts> CaseAsync(this MonitoringDbContext context, Guid caseId, Guid schoolId, CancellationToken cancellationToken)
    {
        var facts = await context.Cases.FindAsync([caseId], cancellationToken);
        if (facts is null)
        {
            facts = CaseFacts.Create(caseId, schoolId);
            context.Cases.Add(facts);
        }

        return facts;
    }
}
