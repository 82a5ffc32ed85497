using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Pilot;

/// <summary>
/// Seeds the pilot once, through the same path as a registration: every school is announced to
/// the other modules with a SchoolRegistered event, so their school maps fill up too.
/// </summary>
internal sealed partial class PilotSeeder(NeighbourhoodsDbContext db, ILogger<PilotSeeder> logger) : IModuleStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Areas.AnyAsync(cancellationToken))
        {
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the pilot: {Areas} areas, {Clusters} clusters, {Schools} schools (placeholder boards)")]
    private partial void LogSeeded(int areas, int clusters, int schools);

    [LoggerMessage(Level = LogLevel.Information, Message = "The pilot was seeded by another instance")]
    private partial void LogSeededElsewhere();
}
