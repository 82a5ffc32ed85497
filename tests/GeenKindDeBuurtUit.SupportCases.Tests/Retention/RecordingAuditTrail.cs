using System.Collections.Concurrent;
using GeenKindDeBuurtUit.Platform.Auditing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Retention;

/// <summary>The audit trail as the retention job sees it; the real one lives in the Audit module.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly ConcurrentQueue<AuditEntry> _entries = new();

    public IReadOnlyList<AuditEntry> Entries => [.. _entries];

    public IReadOnlyList<AuditEntry> For(Guid objectId) => Entries.Where(e => e.ObjectId == objectId.ToString()).ToList();

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        _entries.Enqueue(entry);
        return Task.CompletedTask;
    }
}
