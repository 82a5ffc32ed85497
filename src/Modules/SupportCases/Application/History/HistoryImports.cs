using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Domain.History;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>
/// The steps every import of a year shares, whatever it counts: find the year (or start it), check
/// If-Match, let the aggregate replace it, and unless it is a dry run write one event per key
/// to the outbox and commit in one transaction.
/// </summary>
internal sealed class HistoryImports(ISupportCasesUnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<HistoryImportOutcome<THistory>> ImportAsync<THistory, TRow>(
        IHistoryRepository<THistory> histories,
        HistoryImportRequest request,
        Func<SchoolYear, THistory> start,
        Func<THistory, DateOnly, DateTime, HistoryReplacement> import,
        Func<THistory, HistoryReplacement, IEnumerable<IntegrationEvent>> events,
        CancellationToken cancellationToken)
        where THistory : ImportedHistory<TRow>
        where TRow : class, IHistoryRow<TRow>
    {
        var year = SchoolYear.Parse(request.SchoolYear);
        var history = await histories.FindAsync(year, cancellationToken);
        if (request.IfMatch is not null && history is null)
        {
            throw new PreconditionFailedException(request.Resource, request.IfMatch, "none (the year was never imported)");
        }

        var isNew = history is null;
        history ??= start(year);
        ConcurrencyCheck.EnsureMatches(history, request.IfMatch, request.Resource);

        var replacement = import(history, SchoolCalendar.Today(clock), clock.GetUtcNow().UtcDateTime);
        if (!request.DryRun)
        {
            if (isNew)
            {
                histories.Add(history);
            }

            foreach (var integrationEvent in events(history, replacement).ToList())
            {
                unitOfWork.Publish(integrationEvent);
            }

            await unitOfWork.CommitAsync(cancellationToken);
        }

        return new HistoryImportOutcome<THistory>(history, replacement, request.DryRun);
    }
}

/// <param name="Resource">How a 412 names what changed, for example "Referral history of 2024-2025".</param>
internal sealed record HistoryImportRequest(string SchoolYear, string? IfMatch, bool DryRun, string Resource);

internal sealed record HistoryImportOutcome<THistory>(THistory History, HistoryReplacement Replacement, bool DryRun)
    where THistory : AggregateRoot
{
    /// <summary>The ETag of the stored year; a dry run stored nothing, so it has none.</summary>
    public string? Version => DryRun ? null : ConcurrencyCheck.VersionOf(History);

    /// <summary>The revision stored; a dry run stored none.</summary>
    public int? Revision => DryRun ? null : Replacement.Revision;
}
