namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>What the load phase needs from the seed, and how long each seeding phase took.</summary>
internal sealed class SeededData
{
    public List<Guid> AreaIds { get; } = [];

    public List<Guid> SchoolIds { get; } = [];

    public List<Guid> CaseIds { get; } = [];

    /// <summary>Open level-5 cases of this school year with OPP and parents involved: each takes one OT referral.</summary>
    public List<Guid> OtReadyCases { get; } = [];

    /// <summary>Cases referred this school year, in areas with an agreement: each takes one withdrawal.</summary>
    public List<(Guid CaseId, Guid AreaId)> ReferredThisYear { get; } = [];

    public Dictionary<Guid, Guid> AreaOfSchool { get; } = [];

    public Dictionary<string, double> PhaseSeconds { get; } = [];

    public Dictionary<string, long> Counts { get; } = [];
}
