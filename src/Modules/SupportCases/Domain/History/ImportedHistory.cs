using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Rules;

namespace GeenKindDeBuurtUit.SupportCases.Domain.History;

/// <summary>
/// A school year before the platform, as the SWV imported it: one row per school (referrals) or
/// area (thuiszitters). An import replaces the year as a whole; <see cref="Revision"/> counts the
/// imports, so receivers of its events keep the newest whatever order they arrive in
/// (docs/adr/0049-referral-and-thuiszitter-history.md).
/// </summary>
public abstract class ImportedHistory<TRow> : AggregateRoot
    where TRow : class, IHistoryRow<TRow>
{
    protected ImportedHistory()
    {
        Source = string.Empty;
    }

    protected ImportedHistory(SchoolYear year)
        : this() => SchoolYearStart = year.StartYear;

    public int SchoolYearStart { get; private set; }

    public SchoolYear SchoolYear => SchoolYear.Starting(SchoolYearStart);

    /// <summary>0 until the first import; each import adds one.</summary>
    public int Revision { get; private set; }

    /// <summary>The SWV's own words for where the counts came from.</summary>
    public string Source { get; private set; }

    public DateTime ImportedAt { get; private set; }

    public abstract IReadOnlyList<TRow> Rows { get; }

    public bool IsImported => Revision > 0;

    /// <summary>The list behind <see cref="Rows"/>, declared by each kind so the database fills it (a field of a base class it does not see).</summary>
    protected abstract List<TRow> RowList { get; }

    /// <summary>
    /// Replaces the year with <paramref name="rows"/>. Every rule is checked before anything changes:
    /// the year has ended, no key is there twice, and neither the year nor the next one (whose
    /// baseline it is) is closed for a key of the old or the new import.
    /// </summary>
    /// <param name="closedFor">The closed school years that apply to a key (its area's budget closures and the figures closures).</param>
    /// <param name="rules">The kind's own rules, checked after these and before anything changes.</param>
    protected HistoryReplacement Replace(
        string source, IReadOnlyList<TRow> rows, DateOnly today, DateTime now, Func<Guid, ClosedSchoolYears> closedFor, params IBusinessRule[] rules)
    {
        CheckRule(new SchoolYearNotEndedRule(SchoolYear, today));
        CheckRule(new HistoryKeyRepeatedRule(rows.Select(r => r.Key).ToList()));
        foreach (var key in RowList.Select(r => r.Key).Union(rows.Select(r => r.Key)))
        {
            CheckRule(new ClosedHistoryYearRule(SchoolYear, closedFor(key)));
        }

        foreach (var rule in rules)
        {
            CheckRule(rule);
        }

        var kept = rows.ToDictionary(r => r.Key);
        var removed = RowList.Where(r => !kept.ContainsKey(r.Key)).ToList();
        foreach (var old in removed)
        {
            RowList.Remove(old);
        }

        foreach (var row in rows)
        {
            if (RowList.Find(r => r.Key == row.Key) is { } existing)
            {
                existing.TakeCountsOf(row);
            }
            else
            {
                RowList.Add(row);
            }
        }

        var replaced = IsImported;
        (Revision, Source, ImportedAt) = (Revision + 1, source, now);
        Raise(new HistoryImported(SchoolYear, Revision));
        return new HistoryReplacement(Revision, replaced, removed.Select(r => r.Key).ToList());
    }
}

/// <summary>What an import did: the year's new revision, whether it replaced an earlier import, and the keys it dropped.</summary>
public sealed record HistoryReplacement(int Revision, bool Replaced, IReadOnlyList<Guid> Removed);

/// <summary>Marks the year changed, so its version moves on even when only its rows did.</summary>
public sealed record HistoryImported(SchoolYear SchoolYear, int Revision) : IDomainEvent;
