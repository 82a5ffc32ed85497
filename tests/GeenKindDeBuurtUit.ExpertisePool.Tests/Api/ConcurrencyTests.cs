using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>Two coordinators filling one professional's week at the same moment: the second commit is refused (ADR 0011).</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConcurrencyTests(PlatformFactory platform)
{
    [Fact]
    public async Task Two_assignments_to_one_professional_at_once_cannot_both_commit()
    {
        var coordinator = platform.Coordinator();
        var sanne = await coordinator.RegisterAsync("Sanne (other)", "other", PilotIds.Osdorp, 6);
        var (_, _, schools) = await PoolApi.ClusterAsync(coordinator.Client, PilotIds.Osdorp, 2);
        var first = await coordinator.RequestForSchoolAsync(schools[0], "other", 4);
        var second = await coordinator.RequestForSchoolAsync(schools[1], "other", 4);
        using var one = platform.Services.CreateScope();
        using var two = platform.Services.CreateScope();

        // Both read Sanne with an empty week, so each assignment passes the capacity check on its own.
        var (dbOne, dbTwo) = (one.ServiceProvider.GetRequiredService<ExpertisePoolDbContext>(), two.ServiceProvider.GetRequiredService<ExpertisePoolDbContext>());
        await AssignAsync(dbOne, first, sanne);
        await AssignAsync(dbTwo, second, sanne);
        await dbOne.CommitAsync(CancellationToken.None);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbTwo.CommitAsync(CancellationToken.None));
        Assert.Equal("requested", (await coordinator.GetAsync(second))["status"]!.GetValue<string>());
    }

    private static async Task AssignAsync(ExpertisePoolDbContext db, Guid requestId, Guid professionalId)
    {
        var request = await db.Requests.SingleAsync(r => r.Id == requestId);
        var professional = await db.Professionals.SingleAsync(p => p.Id == professionalId);
        request.Assign(new Candidate(professional, Workload.None, HasServedCluster: false), DateTimeOffset.UtcNow, SchoolCalendar.Today(TimeProvider.System));
    }
}
