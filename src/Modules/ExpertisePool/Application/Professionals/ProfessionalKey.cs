namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

/// <summary>
/// How an import recognises a professional already in the pool: the same name and organisation,
/// ignoring case, spaces around them and runs of spaces inside (a spreadsheet adds and loses them
/// easily). Compared in memory, alike on every database engine: a pool holds hundreds, not millions.
/// </summary>
internal static class ProfessionalKey
{
    public static string Of(string name, string organisation) => $"{Normal(name)}\n{Normal(organisation)}";

    private static string Normal(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
