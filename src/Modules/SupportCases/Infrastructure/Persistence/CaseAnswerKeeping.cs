using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

/// <summary>
/// Keeps each case that is saved with its answer, in the same statement as the change (docs/adr/0074).
/// EF calls this after the module's context moved the versions of changed aggregates, so the kept
/// answer carries the version the change gave the case.
/// </summary>
internal sealed class CaseAnswerKeeping(CaseAnswers answers) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Keep(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Keep(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Keep(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<SupportCase>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Property(CaseAnswers.JsonColumn).CurrentValue = answers.Write(entry.Entity);
                entry.Property(CaseAnswers.ShapeColumn).CurrentValue = answers.Shape;
            }
        }
    }
}
