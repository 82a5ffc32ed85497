namespace GeenKindDeBuurtUit.Monitoring.Application.Figures;

/// <summary>The versions of the read models figures are built from, read together in one statement (docs/adr/0025).</summary>
internal readonly record struct ReadModelStamp(long SchoolMap, long ReferralSummaries)
{
    /// <summary>Only the school map's part: what a <see cref="UnitTree"/> depends on.</summary>
    public ReadModelStamp MapOnly => this with { ReferralSummaries = 0 };

    /// <summary>Versions only go up, so a stamp at least as high in every part was read at the same time or later.</summary>
    public bool IsAtLeast(ReadModelStamp other) => SchoolMap >= other.SchoolMap && ReferralSummaries >= other.ReferralSummaries;
}
