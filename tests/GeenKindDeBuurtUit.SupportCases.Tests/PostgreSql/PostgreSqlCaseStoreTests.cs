using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Retention;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.SupportCases.Tests.PostgreSql;

/// <summary>
/// The case store on PostgreSQL (docs/adr/0041): the one-open-case index refuses a second open
/// case with SQLSTATE 23505, which the module answers as a taken open case; retention's erasure
/// removes a case with its delivered outbox rows, and two hosts erasing one case erase it once.
/// </summary>
public sealed class PostgreSqlCaseStoreTests : IAsyncLifetime
{
    private static readonly DateOnly Opened = new(2025, 9, 1);
    private PostgreSqlModuleHosts hosts = null!;

    public async Task InitializeAsync()
    {
        if (TestProvider.PostgreSqlMissing is null)
        {
            hosts = new PostgreSqlModuleHosts(services =>
            {
                services.AddModuleDbContext<SupportCasesDbContext>("SupportCases", SupportCasesDbContext.SchemaName);
                services.AddScoped<SupportCaseErasure>();
            });
            await PostgreSqlModuleHosts.MigrateAsync<SupportCasesDbContext>(hosts.NewHost());
        }
    }

    public async Task DisposeAsync()
    {
        if (hosts is not null)
        {
            await hosts.DisposeAsync();
        }
    }

    [PostgreSqlFact]
    public async Task A_second_open_case_for_a_pupil_at_a_school_is_refused_by_the_index_as_a_taken_open_case()
    {
        var host = hosts.NewHost();
        var schoolId = Guid.NewGuid();
        await SaveAsync(host, db => db.Cases.Add(SupportCase.Open(Guid.NewGuid(), schoolId, "LAS-7", [Need.Language], 1, Opened)));

        var refused = await Assert.ThrowsAsync<OpenCaseTakenException>(() =>
            SaveAsync(host, db => db.Cases.Add(SupportCase.Open(Guid.NewGuid(), schoolId, "LAS-7", [Need.Language], 1, Opened))));

        var violation = Assert.IsType<DbUpdateException>(refused.InnerException, exactMatch: false);
        Assert.True(violation.IsUniqueViolation());
        Assert.Equal("23505", Assert.IsAssignableFrom<System.Data.Common.DbException>(violation.InnerException).SqlState);
    }

    [PostgreSqlFact]
    public async Task A_closed_case_is_open_to_a_new_one_for_the_same_pupil()
    {
        var host = hosts.NewHost();
        var schoolId = Guid.NewGuid();
        await ClosedCaseAsync(host, schoolId, "LAS-8");

        await SaveAsync(host, db => db.Cases.Add(SupportCase.Open(Guid.NewGuid(), schoolId, "LAS-8", [Need.Language], 1, Opened.AddDays(30))));

        Assert.Equal(2, await QueryAsync(host, db => db.Cases.CountAsync(c => c.SchoolId == schoolId)));
    }

    [PostgreSqlFact]
    public async Task Erasing_a_case_removes_it_with_its_delivered_outbox_rows_and_leaves_the_notice()
    {
        var host = hosts.NewHost();
        var caseId = await ClosedCaseAsync(host, Guid.NewGuid(), "LAS-9");
        var otherCase = await ClosedCaseAsync(host, Guid.NewGuid(), "LAS-10");
        await DeliverAllAsync(host);

        Assert.True(await EraseAsync(host, caseId));

        Assert.Equal(0, await QueryAsync(host, db => db.Cases.CountAsync(c => c.Id == caseId)));
        Assert.Equal(0, await QueryAsync(host, db => db.Outbox.CountAsync(m => m.SupportCaseId == caseId && m.ProcessedAt != null)));
        Assert.Equal(1, await QueryAsync(host, db => db.Outbox.CountAsync(m => m.SupportCaseId == caseId && m.ProcessedAt == null)));
        Assert.Equal(1, await QueryAsync(host, db => db.Outbox.CountAsync(m => m.SupportCaseId == otherCase)));
    }

    [PostgreSqlFact]
    public async Task A_case_whose_event_waits_for_delivery_is_not_erased_yet()
    {
        var host = hosts.NewHost();
        var caseId = await ClosedCaseAsync(host, Guid.NewGuid(), "LAS-11");

        Assert.False(await EraseAsync(host, caseId));

        Assert.Equal(1, await QueryAsync(host, db => db.Cases.CountAsync(c => c.Id == caseId)));
    }

    [PostgreSqlFact]
    public async Task Two_hosts_erasing_one_case_at_once_erase_it_once()
    {
        var hostA = hosts.NewHost();
        var hostB = hosts.NewHost();
        var caseId = await ClosedCaseAsync(hostA, Guid.NewGuid(), "LAS-12");
        await DeliverAllAsync(hostA);

        var erased = await Task.WhenAll(Task.Run(() => EraseAsync(hostA, caseId)), Task.Run(() => EraseAsync(hostB, caseId)));

        Assert.Single(erased, e => e);
        Assert.Equal(1, await QueryAsync(hostA, db => db.Outbox.CountAsync(m => m.SupportCaseId == caseId)));
    }

    /// <summary>A case opened and closed, with the event about it in the module's outbox.</summary>
    private static async Task<Guid> ClosedCaseAsync(IServiceProvider host, Guid schoolId, string pupilRef)
    {
        var supportCase = SupportCase.Open(Guid.NewGuid(), schoolId, pupilRef, [Need.Language], 1, Opened);
        supportCase.Close(Opened.AddDays(10), "support no longer needed");
        await SaveAsync(host, db =>
        {
            db.Cases.Add(supportCase);
            db.Publish(new SupportCaseOpenedIntegrationEvent(supportCase.Id, schoolId, ["Language"], 1, Opened));
        });
        return supportCase.Id;
    }

    private static Task DeliverAllAsync(IServiceProvider host) =>
        QueryAsync(host, db => db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, DateTime.UtcNow)));

    private static async Task<bool> EraseAsync(IServiceProvider host, Guid caseId)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SupportCaseErasure>().EraseAsync(caseId, CancellationToken.None);
    }

    private static async Task SaveAsync(IServiceProvider host, Action<SupportCasesDbContext> change)
    {
        await using var scope = host.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupportCasesDbContext>();
        change(db);
        await db.CommitAsync(CancellationToken.None);
    }

    private static async Task<T> QueryAsync<T>(IServiceProvider host, Func<SupportCasesDbContext, Task<T>> query)
    {
        await using var scope = host.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SupportCasesDbContext>());
    }
}
