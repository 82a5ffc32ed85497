
namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

/// <summary>
/// "The freed funds of this area and school year need recalculating": one row per area and year,
/// however many changes asked for it, so a burst of events gives one run. <see cref="Generation"/>
/// moves on with every request; a run deletes the row only if no request came in while it worked.
/// </summary>
internal sealed class PendingRecalculation
{
    private PendingRecalculation()
    {
    }

    public int SchoolYearStart { get; private set; }

    public Guid AreaId { get; private set; }

    public long Generation { get; private set; }

    public DateTime RequestedAt { get; private set; }

    /// <summary>The run working on it holds it until then; after a crash the claim simply runs out.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    public string? ClaimedBy { get; private set; }

    public static PendingRecalculation Request(int schoolYearStart, Guid areaId, DateTime at) =>
        new() { SchoolYearStart = schoolYearStart, AreaId = areaId, Generation = 1, RequestedAt = at };

    public void RequestAgain(DateTime at)
    {
        Generation++;
        RequestedAt = at;
    }
}
