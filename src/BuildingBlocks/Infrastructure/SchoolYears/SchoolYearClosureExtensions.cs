using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.SchoolYears;

public static class SchoolYearClosureExtensions
{
    public static DbSet<SchoolYearClosure> SchoolYearClosures(this ModuleDbContext context) => context.Set<SchoolYearClosure>();

    /// <summary>Records an area's closed school year; a year is closed once, so a repeat changes nothing.</summary>
    public static async Task RecordSchoolYearClosureAsync(
        this ModuleDbContext context, Guid areaId, SchoolYear schoolYear, DateTime closedAt, CancellationToken cancellationToken)
    {
        var closures = context.SchoolYearClosures();
        if (await closures.FindAsync([areaId, schoolYear.StartYear], cancellationToken) is null)
        {
            closures.Add(SchoolYearClosure.Create(areaId, schoolYear.StartYear, closedAt));
        }
    }
}
