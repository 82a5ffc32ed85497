using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.Neighbourhoods.Application;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Pilot;

/// <summary>
/// Seeds the pilot once, through the same path as a registration: every school is announced to
/// the other modules with a SchoolRegistered event, so their school maps fill up too. Every
/// start also gives each school of an area with a known centre that has no point yet its
/// placeholder (a database seeded before schools had locations), announced with SchoolLocated.
/// </summary>
internal sealed partial class PilotSeeder(NeighbourhoodsDbContext db, ILogger<PilotSeeder> logger) : IModuleStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Areas.AnyAsync(cancellationToken))
        {
            await PlaceUnlocatedSchoolsAsync(cancellationToken);
            return;
        }

        var boards = PilotData.PlaceholderBoards.Select(name => new Board(StableId.For("board", name), name)).ToList();
        db.Boards.AddRange(boards);
        var areas = PilotData.Clusters.Select(c => c.Area).Distinct().Select(name => new Area(StableId.For("area", name), name)).ToList();
        db.Areas.AddRange(areas);

        var schoolNumber = 0;
        foreach (var pilot in PilotData.Clusters)
        {
            var area = areas.Single(a => a.Name == pilot.Area);
            var cluster = new Cluster(StableId.For("cluster", pilot.Name), pilot.Name, area.Id);
            db.Clusters.Add(cluster);
            for (var i = 0; i < pilot.Schools.Count; i++)
            {
                // Round-robin over the placeholder boards, so that clusters cross boards as the real ones do.
                var board = boards[schoolNumber++ % boards.Count];
                var school = School.Register(StableId.For("school", pilot.Schools[i]), pilot.Schools[i], null, board.Id, cluster, i);
                db.Schools.Add(school);
                db.Publish(new SchoolRegisteredIntegrationEvent(
                    school.Id, school.Name, null, school.BoardId, school.ClusterId, school.AreaId, cluster.Name, area.Name, board.Name));
            }
        }

        var seeded = db.ChangeTracker.Entries<School>().Select(e => e.Entity).ToList();
        foreach (var area in areas)
        {
            PlaceUnlocated(area, [.. seeded.Where(s => s.AreaId == area.Id)]);
        }

        try
        {
            await db.CommitAsync(cancellationToken);
            LogSeeded(areas.Count, PilotData.Clusters.Count, schoolNumber);
        }
        catch (DbUpdateException)
        {
            // Two instances starting on one database: the unique area names let only one seed.
            db.ChangeTracker.Clear();
            if (!await db.Areas.AnyAsync(cancellationToken))
            {
                throw;
            }

            LogSeededElsewhere();
        }
    }

    private async Task PlaceUnlocatedSchoolsAsync(CancellationToken cancellationToken)
    {
        var names = PlaceholderPoints.AreaCentres.Keys.ToList();
        var areas = await db.Areas.Where(a => names.Contains(a.Name)).ToListAsync(cancellationToken);
        var areaIds = areas.Select(a => a.Id).ToList();
        if (!await db.Schools.AnyAsync(s => areaIds.Contains(s.AreaId) && s.Latitude == null, cancellationToken))
        {
            return;
        }

        var schools = await db.Schools.Where(s => areaIds.Contains(s.AreaId)).ToListAsync(cancellationToken);
        var placed = areas.Sum(area => PlaceUnlocated(area, [.. schools.Where(s => s.AreaId == area.Id)]));
        try
        {
            await db.CommitAsync(cancellationToken);
            LogPlaced(placed);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two instances starting on one database: the schools' versions let only one place them.
            db.ChangeTracker.Clear();
            LogSeededElsewhere();
        }
    }

    /// <summary>Numbers the area's schools without a point after those that have one, in the order of their names, so every installation places them alike.</summary>
    private int PlaceUnlocated(Area area, IReadOnlyList<School> schoolsOfArea)
    {
        var next = schoolsOfArea.Count(s => s.Location is not null);
        var placed = 0;
        foreach (var school in schoolsOfArea.Where(s => s.Location is null).OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id))
        {
            if (PlaceholderPoints.For(area.Name, next) is { } point && school.PlaceholderAt(point))
            {
                db.Publish(school.Located());
                next++;
                placed++;
            }
        }

        return placed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Schools} schools a placeholder point inside their area")]
    private partial void LogPlaced(int schools);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the pilot: {Areas} areas, {Clusters} clusters, {Schools} schools (placeholder boards)")]
    private partial void LogSeeded(int areas, int clusters, int schools);

    [LoggerMessage(Level = LogLevel.Information, Message = "The pilot was seeded by another instance")]
    private partial void LogSeededElsewhere();
}
