namespace GeenKindDeBuurtUit.SupportCases.Domain.History;

/// <summary>One line of an imported year: whose counts it holds (a school, an area) and the counts.</summary>
public interface IHistoryRow<in TRow>
{
    /// <summary>The school or area the counts are of; a year holds one row per key.</summary>
    Guid Key { get; }

    /// <summary>Takes the counts of a new import of the same key, so a replaced year updates its rows in place.</summary>
    void TakeCountsOf(TRow other);
}
