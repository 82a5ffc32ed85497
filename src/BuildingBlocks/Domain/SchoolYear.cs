using System.Globalization;
using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.BuildingBlocks.Domain;

/// <summary>A Dutch school year: 1 August to 31 July, written <c>2025-2026</c>.</summary>
public readonly partial record struct SchoolYear
{
    private SchoolYear(int startYear) => StartYear = startYear;

    public int StartYear { get; }

    public DateOnly FirstDay => new(StartYear, 8, 1);

    public DateOnly LastDay => new(StartYear + 1, 7, 31);

    public SchoolYear Previous => new(StartYear - 1);

    public SchoolYear Next => new(StartYear + 1);

    public static SchoolYear Starting(int startYear) => new(startYear);

    public static SchoolYear Of(DateOnly date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    public static bool TryParse(string? text, out SchoolYear schoolYear)
    {
        schoolYear = default;
        if (text is null || !Pattern().IsMatch(text))
        {
            return false;
        }

        var start = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var end = int.Parse(text.AsSpan(5, 4), CultureInfo.InvariantCulture);
        if (end != start + 1)
        {
            return false;
        }

        schoolYear = new SchoolYear(start);
        return true;
    }

    public static SchoolYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException($"'{text}' is not a school year like 2025-2026.");

    public override string ToString() => $"{StartYear:D4}-{StartYear + 1:D4}";

    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{4}\z")]
    private static partial Regex Pattern();
}
