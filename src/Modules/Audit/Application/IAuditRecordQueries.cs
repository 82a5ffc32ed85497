using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

namespace GeenKindDeBuurtUit.Audit.Application;

/// <summary>Reads of the stored trail, untracked: nothing read here is ever written back.</summary>
public interface IAuditRecordQueries
{
    /// <summary>One page of the records that pass the filter, newest first, with the number of all that pass.</summary>
    Task<(IReadOnlyList<AuditRecord> Records, int Total)> ListAsync(AuditRecordFilter filter, PageRequest page, CancellationToken cancellationToken);

    Task<ChainHead?> FindHeadAsync(CancellationToken cancellationToken);

    /// <summary>The records up to <paramref name="sequence"/>, in sequence order, one at a time (the trail may be long).</summary>
    IAsyncEnumerable<AuditRecord> UpToAsync(long sequence, CancellationToken cancellationToken);
}

/// <param name="From">The first instant of the period (inclusive).</param>
/// <param name="Before">The first instant after the period (exclusive).</param>
public sealed record AuditRecordFilter(string? ObjectId, string? Actor, DateTime? From, DateTime? Before);
