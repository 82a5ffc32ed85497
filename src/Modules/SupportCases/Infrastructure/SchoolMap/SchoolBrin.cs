namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolMap;

/// <summary>
/// A school's BRIN (the ministry's school number), kept from its registration so a history file
/// may name schools as the SWV's own records do. Only this module needs it, so it is not part of
/// the school map every module keeps.
/// </summary>
internal sealed class SchoolBrin
{
    private SchoolBrin()
    {
        Brin = string.Empty;
    }

    public Guid SchoolId { get; private set; }

    /// <summary>Upper case, as compared.</summary>
    public string Brin { get; private set; }

    public static SchoolBrin Of(Guid schoolId, string brin) => new() { SchoolId = schoolId, Brin = Normalise(brin) };

    public static string Normalise(string brin) => brin.Trim().ToUpperInvariant();
}
