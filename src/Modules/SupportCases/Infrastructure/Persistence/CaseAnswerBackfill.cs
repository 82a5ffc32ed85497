using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

/// <summary>
/// Keeps an answer for every case saved before answers were kept, or kept under an older shape
/// (docs/adr/0074). Each row is written only while it still has the version it was read at, and
/// without moving that version: its ETag stays what clients hold. A case changed meanwhile got its
/// answer from that change.
/// </summary>
internal sealed class CaseAnswerBackfill(SupportCasesDbContext db, CaseAnswers answers, ILogger<CaseAnswerBackfill> logger)
{
    private const int BatchSize = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var shape = answers.Shape;
        var kept = 0;
        while (true)
        {
            var batch = await db.Cases.AsNoTracking().AsSplitQuery()
                .Where(c => EF.Property<int?>(c, CaseAnswers.ShapeColumn) != shape || EF.Property<byte[]?>(c, CaseAnswers.JsonColumn) == null)
                .OrderBy(c => c.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            var keptNow = 0;
            foreach (var supportCase in batch)
            {
                var (id, version, json) = (supportCase.Id, supportCase.Version, answers.Write(supportCase));
                keptNow += await db.Cases.Where(c => c.Id == id && c.Version == version).ExecuteUpdateAsync(
                    set => set.SetProperty(c => EF.Property<byte[]?>(c, CaseAnswers.JsonColumn), json)
                        .SetProperty(c => EF.Property<int?>(c, CaseAnswers.ShapeColumn), shape),
                    cancellationToken);
            }

            kept += keptNow;
            // A batch of which no row could be written would come back unchanged: stop rather than read it again.
            if (batch.Count < BatchSize || keptNow == 0)
            {
                break;
            }
        }

        if (kept > 0)
        {
            logger.LogInformation("Kept the answers of {Count} support cases saved before their answers were kept.", kept);
        }
    }
}
