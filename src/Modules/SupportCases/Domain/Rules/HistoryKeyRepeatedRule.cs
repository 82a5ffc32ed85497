using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A year holds one row per school (or area): two would leave unclear which counts.</summary>
public sealed class HistoryKeyRepeatedRule(IReadOnlyList<Guid> keys) : IBusinessRule
{
    public string Code => "history-row-repeated";

    public string Message => $"{Repeated().First()} is in the import more than once; a year holds one row per school or area.";

    public bool IsBroken() => Repeated().Any();

    private IEnumerable<Guid> Repeated() => keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key);
}
