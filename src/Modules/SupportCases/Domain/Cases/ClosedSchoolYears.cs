using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>
/// The school years whose collective budget is closed for the area of a case's school: their
/// figures stay what they were closed at (docs/adr/0031).
/// </summary>
public sealed class ClosedSchoolYears
{
    private readonly HashSet<int> _startYears;

    public ClosedSchoolYears(IEnumerable<SchoolYear> years) => _startYears = years.Select(y => y.StartYear).ToHashSet();

    public static ClosedSchoolYears None { get; } = new([]);

    public bool Contains(SchoolYear year) => _startYears.Contains(year.StartYear);

    /// <summary>
    /// The closed year a referral of <paramref name="decided"/>'s school year would change, if any: that
    /// year's own count, and the next year's baseline (the count of the year before it).
    /// </summary>
    public SchoolYear? ChangedBy(SchoolYear decided) =>
        Contains(decided) ? decided : Contains(decided.Next) ? decided.Next : null;
}
