using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;

namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Rules;

/// <summary>An entry is reversed once; a second correction would take the money out twice.</summary>
public sealed class EntryAlreadyCorrectedRule(Guid entryId, IEnumerable<LedgerEntry> entries) : IBusinessRule
{
    public string Code => "entry-already-corrected";

    public string Message => "This entry has already been corrected.";

    public bool IsBroken() => entries.Any(e => e.CorrectsEntryId == entryId);
}
