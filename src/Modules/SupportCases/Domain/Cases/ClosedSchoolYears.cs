using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>
/// The school years whose referral figures stay as they are for a school or area: closed in the
/// collective budget of its area (docs/adr/0031), or closed in the monitoring figures for everyone
/// (docs/adr/0049). For a school it also holds the years whose referrals were imported as history,
/// which a referral recorded through the platform would count twice.
/// </summary>
public sealed class ClosedSchoolYears
{
    private readonly HashSet<int> _budget;
    private readonly HashSet<int> _figures;
    private readonly HashSet<int> _imported;

    public ClosedSchoolYears(IEnumerable<SchoolYear> budget, IEnumerable<SchoolYear>? figures = null, IEnumerable<SchoolYear>? imported = null)
    {
        _budget = budget.Select(y => y.StartYear).ToHashSet();
        _figures = (figures ?? []).Select(y => y.StartYear).ToHashSet();
        _imported = (imported ?? []).Select(y => y.StartYear).ToHashSet();
    }

    public static ClosedSchoolYears None { get; } = new([]);

    public bool Contains(SchoolYear year) => _budget.Contains(year.StartYear) || _figures.Contains(year.StartYear);

    /// <summary>Which closure holds <paramref name="year"/>: the monitoring figures first, as they hold it for every area.</summary>
    public SchoolYearClosureKind? ClosureOf(SchoolYear year) =>
        _figures.Contains(year.StartYear) ? SchoolYearClosureKind.Figures
        : _budget.Contains(year.StartYear) ? SchoolYearClosureKind.Budget
        : null;

    /// <summary>Whether the school's referrals of <paramref name="year"/> were imported as history.</summary>
    public bool HasImportedHistory(SchoolYear year) => _imported.Contains(year.StartYear);

    /// <summary>
    /// The closed year a referral of <paramref name="decided"/>'s school year would change, if any: that
    /// year's own count, and the next year's baseline (the count of the year before it).
    /// </summary>
    public SchoolYear? ChangedBy(SchoolYear decided) =>
        Contains(decided) ? decided : Contains(decided.Next) ? decided.Next : null;

    /// <summary>The sentence that says which closure holds <paramref name="year"/>, for a rule's message.</summary>
    public string WhyClosed(SchoolYear year) => ClosureOf(year) == SchoolYearClosureKind.Figures
        ? $"whose monitoring figures the SWV closed as published (reopening the year lifts it)"
        : $"whose budget is closed for this school's area";
}

/// <summary>The two closures that hold a school year's figures.</summary>
public enum SchoolYearClosureKind
{
    /// <summary>The collective budget of an area (Collective Budget module).</summary>
    Budget,

    /// <summary>The monitoring figures of every area (Monitoring module).</summary>
    Figures,
}
