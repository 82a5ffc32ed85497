namespace GeenKindDeBuurtUit.SupportCases.Domain.History;

/// <summary>The bounds of an imported count: a whole number, none negative, and far above what one school or area has in a year.</summary>
public static class HistoryCount
{
    public const int Max = 10_000;

    public static bool IsValid(int count) => count is >= 0 and <= Max;
}
