namespace GeenKindDeBuurtUit.Monitoring.Domain.Observations;

/// <summary>
/// The seven guiding principles (seed 002) an observation speaks to, 1 to 7: 1 parents and
/// children involved, 2 integral arranging, 3 network of experts, 4 school and home, 5
/// pre-school, 6 neighbourhood team for inclusion, 7 smart monitoring. Stored as a bit set, so a
/// filter on one principle is one bitwise comparison on both providers.
/// </summary>
internal static class GuidingPrinciples
{
    public const int First = 1;
    public const int Last = 7;

    public static bool IsValid(int principle) => principle is >= First and <= Last;

    public static int Bit(int principle) => 1 << (principle - 1);

    public static int ToMask(IEnumerable<int> principles) => principles.Aggregate(0, (mask, p) => mask | Bit(p));

    public static IReadOnlyList<int> FromMask(int mask) =>
        Enumerable.Range(First, Last).Where(p => (mask & Bit(p)) != 0).ToList();
}
