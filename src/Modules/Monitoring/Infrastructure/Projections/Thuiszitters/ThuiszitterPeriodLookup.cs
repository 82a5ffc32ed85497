using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Projections.Thuiszitters;

internal static class ThuiszitterPeriodLookup
{
    public static async Task<ThuiszitterPeriodFact> PeriodAsync(this MonitoringDbContext context, Guid caseId, DateOnly since, Guid schoolId, CancellationToken cancellationToken)
    {
        var period = await context.ThuiszitterPeriods.FindAsync([caseId, since], cancellationToken);
        if (period is null)
        {
            period = ThuiszitterPeriodFact.Create(caseId, since, schoolId);
            context.ThuiszitterPeriods.Add(period);
        }

        return period;
    }
}
