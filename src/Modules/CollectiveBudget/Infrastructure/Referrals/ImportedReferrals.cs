using GeenKindDeBuurtUit.CollectiveBudget.Domain.Referrals;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Referrals;

/// <summary>
/// One school's referrals of a school year before the platform, as the SWV's latest import of that
/// year gave them. Imports of a year replace each other and their events may come in any order, so
/// the row keeps the revision it holds and takes only a newer one. A school the latest import left out
/// keeps its row, with zero counts, so an older import's event that arrives late cannot bring it back.
/// </summary>
internal sealed class ImportedReferrals
{
    private ImportedReferrals()
    {
    }

    public int SchoolYearStart { get; private set; }

    public Guid SchoolId { get; private set; }

    public int Revision { get; private set; }

    public bool Removed { get; private set; }

    public int Sbo { get; private set; }

    public int SoLow { get; private set; }

    public int SoMedium { get; private set; }

    public int SoHigh { get; private set; }

    public static ImportedReferrals For(int schoolYearStart, Guid schoolId) => new() { SchoolYearStart = schoolYearStart, SchoolId = schoolId, Revision = int.MinValue };

    /// <returns>False when the row already holds this revision or a newer one: nothing changed.</returns>
    public bool Replace(int revision, ReferralCounts counts, bool removed)
    {
        if (revision <= Revision)
        {
            return false;
        }

        var kept = removed ? ReferralCounts.None : counts;
        (Revision, Removed, Sbo, SoLow, SoMedium, SoHigh) = (revision, removed, kept.Sbo, kept.SoLow, kept.SoMedium, kept.SoHigh);
        return true;
    }
}
