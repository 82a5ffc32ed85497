namespace GeenKindDeBuurtUit.Monitoring.Domain.Observations;

/// <summary>
/// Soft monitoring: an observation or story about an area or a cluster, tagged with the guiding
/// principles it speaks to. <see cref="AreaId"/> is set for a cluster's observation too, so a
/// filter on an area finds its clusters' stories.
/// </summary>
internal sealed class Observation
{
    public const int MaxTextLength = 4000;

    private Observation()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateOnly On { get; private set; }

    public Guid AreaId { get; private set; }

    public Guid? ClusterId { get; private set; }

    public int PrincipleMask { get; private set; }

    public string Text { get; private set; }

    public AuthorRole AuthorRole { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public static Observation Record(Guid id, DateOnly on, Guid areaId, Guid? clusterId, IEnumerable<int> principles, string text, AuthorRole authorRole, DateTime recordedAt) =>
        new()
        {
            Id = id, On = on, AreaId = areaId, ClusterId = clusterId, PrincipleMask = GuidingPrinciples.ToMask(principles),
            // To the whole microsecond, as PostgreSQL stores it: the answer to the recording then equals every read after it.
            Text = text, AuthorRole = authorRole, RecordedAt = recordedAt.AddTicks(-(recordedAt.Ticks % TimeSpan.TicksPerMicrosecond)),
        };
}
