using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Support;

internal static class CaseFactsLookup
{
    // Every case event asks it, on a change tracker its delivery has just cleared: compiled, the question skips
    // building the expression that Find builds for each call, and EF's cache lookup. A compiled query serves one
    // model only, and the module's tests hold two (their projection fixture's and the host's).
    private static readonly ConditionalWeakTable<IModel, Func<MonitoringDbContext, Guid, CancellationToken, Task<CaseFacts?>>> Stored = [];

    /// <summary>The case's facts, created by whichever of its events arrives first.</summary>
    public static async Task<CaseFacts> CaseAsync(this MonitoringDbContext context, Guid caseId, Guid schoolId, CancellationToken cancellationToken)
    {
        var facts = context.Cases.Local.FindEntry(caseId)?.Entity ?? await StoredIn(context)(context, caseId, cancellationToken);
        if (facts is null)
        {
            facts = CaseFacts.Create(caseId, schoolId);
            context.Cases.Add(facts);
        }

        return facts;
    }

    private static Func<MonitoringDbContext, Guid, CancellationToken, Task<CaseFacts?>> StoredIn(MonitoringDbContext context) =>
        Stored.GetValue(context.Model, static _ => EF.CompileAsyncQuery(
            (MonitoringDbContext context, Guid caseId, CancellationToken _) => context.Cases.SingleOrDefault(c => c.CaseId == caseId)));
}
