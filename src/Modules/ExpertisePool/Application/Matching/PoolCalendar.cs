using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Matching;

/// <summary>The week window of capacity is the ISO week of today in Amsterdam, not in UTC.</summary>
public static class PoolCalendar
{
    public static IsoWeek CurrentWeek(TimeProvider clock) => IsoWeek.Containing(SchoolCalendar.Today(clock));
}
