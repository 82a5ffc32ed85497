using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using Hangfire;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

/// <summary>At start-up, in the background: a host never waits for the answers of old cases to be kept.</summary>
internal sealed class CaseAnswerBackfillStart(IBackgroundJobClient jobs) : IModuleStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        jobs.Enqueue<CaseAnswerBackfill>(backfill => backfill.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }
}
