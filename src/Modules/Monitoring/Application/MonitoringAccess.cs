using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application;

/// <summary>
/// What the caller may see: the SWV and admins work with single cases anyway and see every
/// count; anyone else who reads monitoring (the analyst) sees aggregates with small cells hidden.
/// </summary>
internal sealed class MonitoringAccess(ICurrentActor actor, MonitoringOptions options, TimeProvider clock)
{
    public int? SuppressionThreshold => actor.IsInRole(Roles.Swv) || actor.IsInRole(Roles.Admin) ? null : options.SuppressionThreshold;

    public DateOnly Today => SchoolCalendar.Today(clock);

    /// <summary>The school year asked for, or the current one (Amsterdam today) when none was given.</summary>
    public SchoolYear YearOrCurrent(string? schoolYear) => schoolYear is null ? SchoolYear.Of(Today) : SchoolYear.Parse(schoolYear);

    /// <summary>The day "open" and "at home now" are counted on: today, or the last day of a school year that is over.</summary>
    public DateOnly AsOf(SchoolYear year) => year.LastDay < Today ? year.LastDay : Today;
}
