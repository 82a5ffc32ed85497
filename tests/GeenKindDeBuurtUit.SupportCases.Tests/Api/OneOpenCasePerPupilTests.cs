using System.Net;
using System.Net.Http.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.SupportCases.Application;
using GeenKindDeBuurtUit.SupportCases.Application.Access;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>One open case per pupil per school, held by the database when requests race past the handler's check.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OneOpenCasePerPupilTests(PlatformFactory platform)
{
    [Fact]
    public async Task Concurrent_openings_for_one_pupil_store_one_case_and_the_others_name_it()
    {
        var school = (await CaseApi.SchoolsAsync(platform.Admin()))[12]["id"]!.GetValue<Guid>();
        var clients = Enumerable.Range(0, 16).Select(_ => platform.ClientAs("school", schools: [school])).ToList();
        await new CaseApi(clients[0]).OpenAsync(school, "race-warm-up");

        // Several rounds, each released at once, so some requests pass the handler's check together.
        for (var round = 0; round < 5; round++)
        {
            var pupilRef = $"race-1-{round}";
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var posts = clients.Select(c => Task.Run(async () =>
            {
                await start.Task;
                return await c.PostAsJsonAsync(CaseApi.Base, new { schoolId = school, pupilRef, needs = new[] { "tos" }, level = 1 });
            })).ToList();
            start.SetResult();
            var responses = await Task.WhenAll(posts);

            var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            var winner = CaseApi.Id(await ProblemAssert.BodyAsync(created));
            foreach (var loser in responses.Where(r => r != created))
            {
                var problem = await ProblemAssert.ProblemAsync(loser, HttpStatusCode.Conflict);
                Assert.Equal(winner, problem["existingCaseId"]!.GetValue<Guid>());
            }

            Assert.Equal(1, await platform.CountAsync($"select count(*) from support_cases_cases where PupilRef = '{pupilRef}'"));
        }
    }

    [Fact]
    public async Task A_case_stored_between_the_check_and_the_commit_is_a_conflict_that_names_it()
    {
        var school = (await CaseApi.SchoolsAsync(platform.Admin()))[12]["id"]!.GetValue<Guid>();
        var first = CaseApi.Id(await new CaseApi(platform.Admin()).OpenAsync(school, "race-2"));
        using var scope = platform.Services.CreateScope();
        var services = scope.ServiceProvider;
        var handler = new OpenSupportCaseHandler(
            new LateRepository(services.GetRequiredService<ISupportCaseRepository>()),
            services.GetRequiredService<ISchoolDirectory>(),
            new SupportCaseAccess(new Swv()),
            services.GetRequiredService<ISupportCasesUnitOfWork>(),
            TimeProvider.System);

        var conflict = await Assert.ThrowsAsync<ConflictException>(
            () => handler.Handle(new OpenSupportCase(school, "race-2", [Need.Tos], 1, null), CancellationToken.None).AsTask());

        Assert.Equal(first, conflict.Extensions["existingCaseId"]);
        Assert.Equal(1, await platform.CountAsync("select count(*) from support_cases_cases where PupilRef = 'race-2'"));
    }

    [Fact]
    public async Task A_repeated_opening_is_a_conflict_that_leaves_no_error_in_the_log()
    {
        var school = (await CaseApi.SchoolsAsync(platform.Admin()))[12]["id"]!.GetValue<Guid>();
        var api = new CaseApi(platform.Admin());
        var first = CaseApi.Id(await api.OpenAsync(school, "race-4"));
        using var logs = LogCapture.Attach(platform);

        var again = await api.Client.PostAsJsonAsync(CaseApi.Base, new { schoolId = school, pupilRef = "race-4", needs = new[] { "tos" }, level = 1 });

        var problem = await ProblemAssert.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(first, problem["existingCaseId"]!.GetValue<Guid>());
        Assert.DoesNotContain(logs.Entries, entry => entry.Contains(" Error: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_closed_case_leaves_room_for_a_new_open_one()
    {
        var school = (await CaseApi.SchoolsAsync(platform.Admin()))[12]["id"]!.GetValue<Guid>();
        var api = new CaseApi(platform.Admin());
        var first = CaseApi.Id(await api.OpenAsync(school, "race-3"));
        await api.OkAsync(first, "closure", new { on = "2025-12-01", reason = "goals reached" });

        var second = CaseApi.Id(await api.OpenAsync(school, "race-3", openedOn: "2026-01-05"));

        Assert.NotEqual(first, second);
    }

    /// <summary>Checks before another request has committed: it sees no open case the first time it is asked.</summary>
    private sealed class LateRepository(ISupportCaseRepository inner) : ISupportCaseRepository
    {
        private bool _asked;

        public Task<SupportCase?> FindAsync(Guid id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

        public void Add(SupportCase supportCase) => inner.Add(supportCase);

        public Task<Guid?> FindOpenCaseIdAsync(Guid schoolId, string pupilRef, CancellationToken cancellationToken)
        {
            if (!_asked)
            {
                _asked = true;
                return Task.FromResult<Guid?>(null);
            }

            return inner.FindOpenCaseIdAsync(schoolId, pupilRef, cancellationToken);
        }
    }

    private sealed class Swv : ICurrentActor
    {
        public string Subject => "swv-staff";

        public IReadOnlySet<string> Roles { get; } = new HashSet<string> { BuildingBlocks.Application.Identity.Roles.Swv };

        public IReadOnlySet<Guid> SchoolIds { get; } = new HashSet<Guid>();

        public IReadOnlySet<Guid> BoardIds { get; } = new HashSet<Guid>();
    }
}
