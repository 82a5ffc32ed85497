namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>
/// One school's referrals of a school year before the platform, as the SWV last imported them
/// (docs/adr/0050). Only a higher <see cref="Revision"/> changes the row, so events of an older
/// import arriving late change nothing; a school dropped from the year's import keeps its row,
/// <see cref="Removed"/> and without counts, so an older event cannot bring it back.
/// </summary>
internal sealed class ImportedReferrals
{
    private ImportedReferrals()
    {
    }

    public int SchoolYearStart { get; private set; }

    public Guid SchoolId { get; private set; }

    public int Revision { get; private set; }

    public int Sbo { get; private set; }

    public int SoLow { get; private set; }

    public int SoMedium { get; private set; }

    public int SoHigh { get; private set; }

    public bool Removed { get; private set; }

    public static ImportedReferrals Start(int schoolYearStart, Guid schoolId) => new() { SchoolYearStart = schoolYearStart, SchoolId = schoolId, Removed = true };

    /// <returns>Whether the counts changed hands: false for an older or repeated revision.</returns>
    public bool Revise(int revision, bool removed, int sbo, int soLow, int soMedium, int soHigh)
    {
        if (revision <= Revision)
        {
            return false;
        }

        Revision = revision;
        Removed = removed;
        (Sbo, SoLow, SoMedium, SoHigh) = removed ? (0, 0, 0, 0) : (sbo, soLow, soMedium, soHigh);
        return true;
    }
}

/// <summary>One area's thuiszitters of a school year before the platform, kept as <see cref="ImportedReferrals"/> is.</summary>
internal sealed class ImportedThuiszitters
{
    private ImportedThuiszitters()
    {
    }

    public int SchoolYearStart { get; private set; }

    public Guid AreaId { get; private set; }

    public int Revision { get; private set; }

    public int Count { get; private set; }

    public bool Removed { get; private set; }

    public static ImportedThuiszitters Start(int schoolYearStart, Guid areaId) => new() { SchoolYearStart = schoolYearStart, AreaId = areaId, Removed = true };

    /// <returns>Whether the count changed hands: false for an older or repeated revision.</returns>
    public bool Revise(int revision, bool removed, int count)
    {
        if (revision <= Revision)
        {
            return false;
        }

        (Revision, Removed, Count) = (revision, removed, removed ? 0 : count);
        return true;
    }
}
