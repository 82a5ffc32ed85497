using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;
using Xunit.Abstractions;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// RFC 9110 conditional requests (ADR 0013): every single-resource read carries an ETag,
/// every change to an existing resource takes If-Match and answers 412 when it is stale, and
/// changes racing on one aggregate never lose an update (the version is a concurrency token in
/// the database, here on SQLite).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ConditionalRequestTests(PlatformFactory platform, ITestOutputHelper output)
{
    private const string Stale = "\"999999\"";

    /// <summary>Reads with a path parameter that answer a list, not one resource.</summary>
    private static readonly string[] Collections =
    [
        "GET /api/v1/budgets/{schoolYear}/areas/{areaId}/ledger",
        "GET /api/v1/budgets/{schoolYear}/reconciliation",
        "GET /api/v1/subscriptions/{subscriptionId}/deliveries",
        "GET /api/v1/facilities/{facilityId}/history",
    ];

    /// <summary>Actions that start work without changing the resource they are posted to: nothing for an If-Match to guard.</summary>
    private static readonly string[] Unconditional =
    [
        "POST /api/v1/subscriptions/{subscriptionId}/ping",
        "POST /api/v1/subscriptions/{subscriptionId}/deliveries/{deliveryId}/redelivery",
    ];

    /// <summary>
    /// Two reads one after the other whose bodies are the same: work the arrangement set going in the
    /// background (a delivery being attempted, an event being projected) may change a resource between
    /// two reads, and then its ETag must change too; what must hold is the same ETag for the same content.
    /// </summary>
    private static async Task<(HttpResponseMessage First, HttpResponseMessage Second)> TwoReadsOfTheSameContentAsync(HttpClient client, string path)
    {
        var first = await client.GetAsync(path);
        for (var attempt = 0; ; attempt++)
        {
            var second = await client.GetAsync(path);
            var changed = await first.Content.ReadAsStringAsync() != await second.Content.ReadAsStringAsync();
            if (!changed || attempt == 20)
            {
                return (first, second);
            }

            Assert.False(Equals(first.Headers.ETag, second.Headers.ETag), $"{path}: the content changed and the ETag {first.Headers.ETag} did not");
            await Task.Delay(100);
            first = second;
        }
    }

    [Fact]
    public async Task Every_single_resource_read_carries_a_stable_ETag()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var admin = platform.Admin();
        var reads = (await OpenApiOperations.ReadAsync(platform))
            .Where(o => o.Method == "GET" && o.Template.Contains('{') && !Collections.Contains($"GET {o.Template}"))
            .Select(o => o.Template).ToList();

        foreach (var template in reads)
        {
            var call = await Row("GET", template).Arrange(world);
            var (first, second) = await TwoReadsOfTheSameContentAsync(admin, call.Path);

            Assert.True(first.StatusCode == HttpStatusCode.OK, $"{template}: {(int)first.StatusCode} {await first.Content.ReadAsStringAsync()}");
            Assert.True(first.Headers.ETag is not null, $"{template} answers without an ETag");
            Assert.True(Equals(first.Headers.ETag, second.Headers.ETag), $"{template}: {first.Headers.ETag} then {second.Headers.ETag} for the same content");
        }

        output.WriteLine($"{reads.Count} single-resource reads carry an ETag: {string.Join(", ", reads)}");
        Assert.True(reads.Count >= 10, "the single-resource reads were found in the OpenAPI document");
    }

    [Fact]
    public async Task Every_change_to_an_existing_resource_answers_412_to_a_stale_If_Match_and_stores_nothing()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var admin = platform.Admin();
        var changes = (await OpenApiOperations.ReadAsync(platform))
            .Where(o => o.Method is "POST" or "PUT" && o.Template.Contains('{') && !Unconditional.Contains($"{o.Method} {o.Template}"))
            .ToList();
        var failures = new List<string>();

        foreach (var (method, template, _) in changes)
        {
            var row = Row(method, template);
            var call = await row.Arrange(world);
            var resource = ResourceOf(call.Path);
            // Settle first: a recalculation still under way would move the budget's version after the read.
            var stored = await DatabaseFingerprint.SettledAsync(platform.ConnectionString);
            var before = await admin.GetAsync(resource);
            var etag = before.Headers.ETag?.Tag ?? throw new Xunit.Sdk.XunitException($"{resource} has no ETag");

            var stale = await admin.SendAsync(WithIfMatch(AuthorizationMatrixTests.Request(method, call), Stale));
            var changed = DatabaseFingerprint.Differences(stored, await DatabaseFingerprint.TakeAsync(platform.ConnectionString)).ToList();
            var current = await admin.SendAsync(WithIfMatch(AuthorizationMatrixTests.Request(method, call), etag));
            var after = (await admin.GetAsync(resource)).Headers.ETag?.Tag;

            if (stale.StatusCode != HttpStatusCode.PreconditionFailed)
            {
                failures.Add($"{method} {template} with a stale If-Match: {(int)stale.StatusCode} {await stale.Content.ReadAsStringAsync()}");
            }

            if (changed.Count > 0)
            {
                failures.Add($"{method} {template} with a stale If-Match stored: {string.Join("; ", changed)}");
            }

            if ((int)current.StatusCode != row.Expect.For(Caller.Admin) || after == etag)
            {
                failures.Add($"{method} {template} with the current If-Match {etag}: {(int)current.StatusCode}, ETag after {after} {await current.Content.ReadAsStringAsync()}");
            }
        }

        output.WriteLine($"{changes.Count} changes take If-Match: 412 when stale, success with the current ETag.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Two_clients_changing_a_case_from_the_same_version_the_second_gets_412_and_the_first_change_stays()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var caseId = await world.OpenCaseAsync();
        var (first, second) = (platform.ClientAs(Roles.Swv), platform.ClientAs(Roles.School, schools: [world.OwnSchool]));
        var etag = (await first.GetAsync($"/api/v1/support-cases/{caseId}")).Headers.ETag!.Tag;

        var mine = await first.SendAsync(WithIfMatch(Post($"/api/v1/support-cases/{caseId}/involvements", new { party = "parents", on = MatrixWorld.Date(-3) }), etag));
        var theirs = await second.SendAsync(WithIfMatch(Post($"/api/v1/support-cases/{caseId}/level", new { level = 3, reason = "extra care" }), etag));

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        await Problem.AssertAsync(theirs, HttpStatusCode.PreconditionFailed);
        var now = (await first.GetFromJsonAsync<JsonObject>($"/api/v1/support-cases/{caseId}"))!;
        Assert.Single(now["involvements"]!.AsArray());
        Assert.Equal(2, now["level"]!.GetValue<int>());
    }

    [Fact]
    public async Task Changes_racing_on_one_support_case_are_each_applied_or_refused_with_412_never_lost()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var caseId = await world.OpenCaseAsync();
        var client = platform.Admin();
        var version = long.Parse((await client.GetFromJsonAsync<JsonObject>($"/api/v1/support-cases/{caseId}"))!["version"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        var answers = await RaceAsync(16, i => client.SendAsync(Post($"/api/v1/support-cases/{caseId}/involvements", new { party = i % 2 == 0 ? "parents" : "child", on = MatrixWorld.Date(-1 - i) })));

        var now = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/support-cases/{caseId}"))!;
        var applied = answers.Count(a => a == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.True(a is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"a racing change answered {(int)a}"));
        Assert.Equal(applied, now["involvements"]!.AsArray().Count);
        Assert.Equal((version + applied).ToString(System.Globalization.CultureInfo.InvariantCulture), now["version"]!.GetValue<string>());
        output.WriteLine($"16 racing involvements: {applied} applied, {answers.Count - applied} refused with 412, none lost.");
    }

    [Fact]
    public async Task Hours_racing_on_one_expertise_request_are_each_applied_or_refused_with_412_never_lost()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var requestId = await world.AssignedRequestAsync();
        var client = platform.ClientAs(Roles.Coordinator);

        var answers = await RaceAsync(8, _ => client.SendAsync(Post($"/api/v1/expertise-requests/{requestId}/hours", new { on = MatrixWorld.Date(), hours = 0.5m })));

        var now = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/expertise-requests/{requestId}"))!;
        var applied = answers.Count(a => a == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.True(a is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"a racing change answered {(int)a}"));
        Assert.Equal(applied, now["timeEntries"]!.AsArray().Count);
        output.WriteLine($"8 racing hour entries: {applied} applied, {answers.Count - applied} refused with 412, none lost.");
    }

    [Fact]
    public async Task Allocations_racing_on_one_area_budget_are_each_booked_or_refused_with_412_never_lost()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var year = world.NextClosableYear();
        var area = MatrixWorld.BudgetArea(world.Osdorp, year);
        var client = platform.ClientAs(Roles.Swv);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"{area}/contributions", new { boardId = world.OwnBoard, kind = "board-funds", amount = 1000m, externalRef = world.Unique("RACE") })).StatusCode);

        var answers = await RaceAsync(8, _ => client.PostAsJsonAsync($"{area}/allocations", world.AllocationBody()));

        // The budget retries a lost race on fresh data a few times before it answers 412.
        var summary = (await client.GetFromJsonAsync<JsonObject>(area))!;
        var booked = answers.Count(a => a == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a is HttpStatusCode.Created or HttpStatusCode.PreconditionFailed, $"a racing allocation answered {(int)a}"));
        Assert.True(booked > 0, "at least one racing allocation is booked");
        Assert.Equal(10m * booked, summary["allocated"]!.GetValue<decimal>());
        Assert.Equal(1000m - (10m * booked), summary["available"]!.GetValue<decimal>());
        var ledger = (await client.GetFromJsonAsync<JsonObject>($"{area}/ledger?pageSize=200"))!["items"]!.AsArray();
        Assert.Equal(booked, ledger.Count(e => e!["kind"]!.GetValue<string>() == "allocation"));
        output.WriteLine($"8 racing allocations: {booked} booked, {answers.Count - booked} refused with 412, none lost.");
    }

    [Fact]
    public async Task Two_admins_moving_a_school_from_the_same_ETag_the_second_gets_412_and_the_first_move_stays()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var (school, here, there) = (await world.SchoolInOwnClusterAsync(), await world.ClusterAsync(), await world.ClusterAsync());
        var client = platform.Admin();
        var read = await client.GetAsync($"/api/v1/schools/{school}");
        var version = VersionOf((await read.Content.ReadFromJsonAsync<JsonObject>())!);
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal($"\"{version}\"", etag);

        var mine = await client.SendAsync(WithIfMatch(Post($"/api/v1/schools/{school}/move", new { clusterId = here }), etag));
        var theirs = await client.SendAsync(WithIfMatch(Post($"/api/v1/schools/{school}/move", new { clusterId = there }), etag));

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal($"\"{version + 1}\"", mine.Headers.ETag!.Tag);
        await Problem.AssertAsync(theirs, HttpStatusCode.PreconditionFailed);
        var now = await client.GetAsync($"/api/v1/schools/{school}");
        Assert.Equal(here, (await now.Content.ReadFromJsonAsync<JsonObject>())!["clusterId"]!.GetValue<Guid>());
        Assert.Equal(mine.Headers.ETag, now.Headers.ETag);
    }

    [Fact]
    public async Task Moves_racing_on_one_school_are_each_applied_or_refused_with_412_never_lost()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var school = await world.SchoolInOwnClusterAsync();
        var clusters = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            clusters.Add(await world.ClusterAsync());
        }

        var client = platform.Admin();
        var version = VersionOf((await client.GetFromJsonAsync<JsonObject>($"/api/v1/schools/{school}"))!);

        // Each racer names a cluster of its own, so none finds the school already there and changes nothing.
        var answers = await RaceAsync(clusters.Count, i => client.SendAsync(Post($"/api/v1/schools/{school}/move", new { clusterId = clusters[i] })));

        var now = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/schools/{school}"))!;
        var applied = answers.Count(a => a == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.True(a is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"a racing move answered {(int)a}"));
        Assert.True(applied > 0, "at least one racing move is applied");
        Assert.Equal(version + applied, VersionOf(now));
        var moved = await platform.CountAsync(
            $"select count(*) from neighbourhoods_outbox_messages where Type like '%SchoolMovedIntegrationEvent%' and Payload like '%\"schoolId\":\"{school}\"%'");
        Assert.Equal(applied, moved);
        var holding = (await client.GetFromJsonAsync<JsonArray>("/api/v1/clusters"))!
            .Where(c => c!["schoolIds"]!.AsArray().Any(s => s!.GetValue<Guid>() == school)).Select(c => c!["id"]!.GetValue<Guid>());
        Assert.Equal([now["clusterId"]!.GetValue<Guid>()], holding);
        output.WriteLine($"{answers.Count} racing moves: {applied} applied (each one version and one SchoolMoved event), {answers.Count - applied} refused with 412, none lost.");
    }

    [Fact]
    public async Task Targets_racing_on_one_school_year_are_each_applied_or_refused_with_412_never_lost()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var year = world.NextTargetYear();
        var client = platform.Admin();

        // Nobody set the year yet: the racers first race to store it, then to change it.
        var answers = await RaceResponsesAsync(8, i => client.PutAsJsonAsync($"/api/v1/monitoring/targets/{year}", new { reductionPct = 10m + i }));

        var now = await client.GetAsync($"/api/v1/monitoring/targets/{year}");
        var target = (await now.Content.ReadFromJsonAsync<JsonObject>())!;
        var applied = new List<JsonObject>();
        foreach (var answer in answers)
        {
            Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"a racing target answered {(int)answer.StatusCode}");
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                applied.Add((await answer.Content.ReadFromJsonAsync<JsonObject>())!);
            }
        }

        Assert.NotEmpty(applied);
        Assert.Equal(applied.Count, VersionOf(target));
        Assert.Equal($"\"{applied.Count}\"", now.Headers.ETag!.Tag);
        Assert.Equal(Enumerable.Range(1, applied.Count).Select(v => (long)v), applied.Select(VersionOf).Order());
        var last = applied.MaxBy(VersionOf)!;
        Assert.Equal(last["reductionPct"]!.GetValue<decimal>(), target["reductionPct"]!.GetValue<decimal>());
        output.WriteLine($"8 racing targets: {applied.Count} applied (versions 1 to {applied.Count}), {answers.Count - applied.Count} refused with 412, none lost.");
    }

    private static async Task<IReadOnlyList<HttpStatusCode>> RaceAsync(int count, Func<int, Task<HttpResponseMessage>> send) =>
        (await RaceResponsesAsync(count, send)).Select(r => r.StatusCode).ToList();

    private static async Task<IReadOnlyList<HttpResponseMessage>> RaceResponsesAsync(int count, Func<int, Task<HttpResponseMessage>> send)
    {
        using var start = new SemaphoreSlim(0);
        var racers = Enumerable.Range(0, count).Select(async i =>
        {
            await start.WaitAsync();
            return await send(i);
        }).ToList();
        start.Release(count);
        return await Task.WhenAll(racers);
    }

    private static long VersionOf(JsonObject resource) =>
        long.Parse(resource["version"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    private static MatrixRow Row(string method, string template) =>
        AuthorizationMatrix.Rows.Single(r => r.Method == method && r.Template == template);

    /// <summary>The resource a change applies to, whose ETag the change's If-Match names.</summary>
    private static string ResourceOf(string path)
    {
        var segments = path.Split('?')[0].Split('/');
        if (segments[3] == "monitoring" && segments[4] == "years")
        {
            // /api/v1/monitoring/years/{year}/closure, which a reopening changes too.
            return string.Join('/', segments.Take(6)) + "/closure";
        }

        var keep = segments[3] switch
        {
            "budgets" => 7,    // /api/v1/budgets/{year}/areas/{area}
            "monitoring" => 6, // /api/v1/monitoring/targets/{year}
            _ => 5,            // /api/v1/<things>/{id}
        };
        return string.Join('/', segments.Take(keep));
    }

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string etag)
    {
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }
}
