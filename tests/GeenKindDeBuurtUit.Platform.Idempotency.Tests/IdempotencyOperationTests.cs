using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Tests.Edge;
using GeenKindDeBuurtUit.Host.Tests.Security;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary>
/// <c>Idempotency-Key</c> on every kind of POST the API offers it on (docs/adr/0016, 0019): one
/// that creates, one that changes an existing case, request, school or budget, and a monitoring
/// write. A retry replays the first answer and changes nothing. Changes used to answer 500: their
/// commit adds no aggregate, and the fence's null parameters had no type.
/// </summary>
[Collection(IdempotencyCollection.Name)]
public sealed class IdempotencyOperationTests(PlatformFactory platform)
{
    /// <summary>The request to send twice, and a reading of what it changed that a second run would move.</summary>
    private sealed record Arranged(string Path, object Body, Func<Task<string>> Effect);

    private static readonly Dictionary<string, Func<MatrixWorld, PlatformFactory, Task<Arranged>>> Operations = new()
    {
        ["open a support case"] = (w, p) => Task.FromResult(new Arranged(
            "/api/v1/support-cases",
            new { schoolId = w.OwnSchool, pupilRef = w.Unique("IK-NEW"), needs = new[] { "tos" }, level = 1 },
            () => CountAsync(p, "select count(*) from support_cases_cases"))),
        ["record an involvement"] = async (w, p) => CaseChange(p, await w.OpenCaseAsync(), "involvements", new { party = "parents", on = MatrixWorld.Date(-1) }),
        ["change the level"] = async (w, p) => CaseChange(p, await w.OpenCaseAsync(), "level", new { level = 3, reason = "extra care with the IB'er" }),
        ["hold an OT meeting"] = async (w, p) => CaseChange(p, await w.CaseAtLevelFiveAsync(), "ot-meetings", MatrixWorld.OtMeeting("stay")),
        ["close a support case"] = async (w, p) => CaseChange(p, await w.OpenCaseAsync(), "closure", new { on = MatrixWorld.Date(), reason = "goals reached" }),
        ["assign a professional"] = async (w, p) =>
        {
            var request = await w.ExpertiseRequestAsync();
            return RequestChange(p, request, "assignment", new { professionalId = await w.ProfessionalAsync() });
        },
        ["log hours"] = async (w, p) => RequestChange(p, await w.AssignedRequestAsync(), "hours", new { on = MatrixWorld.Date(), hours = 1.5m }),
        ["move a school"] = async (w, p) => new Arranged(
            $"/api/v1/schools/{w.MatrixSchool}/move", await w.MoveBodyAsync(), () => VersionAsync(p, $"/api/v1/schools/{w.MatrixSchool}")),
        ["book a contribution"] = (w, p) =>
        {
            var reference = w.Unique("IK-REF");
            return Task.FromResult(new Arranged(
                $"{MatrixWorld.BudgetArea(w.Osdorp)}/contributions",
                new { boardId = w.OwnBoard, kind = "board-funds", amount = 12.5m, externalRef = reference },
                () => CountAsync(p, $"select count(*) from collective_budget_ledger_entries where ExternalRef = '{reference}'")));
        },
        ["allocate funds"] = (w, p) =>
        {
            var purpose = w.Unique("Idempotent allocation");
            return Task.FromResult(new Arranged(
                $"{MatrixWorld.BudgetArea(w.Osdorp)}/allocations",
                new { level = "school", targetId = w.OwnSchool, purpose, amount = 10m },
                () => CountAsync(p, $"select count(*) from collective_budget_ledger_entries where Purpose = '{purpose}'")));
        },
        ["record an observation"] = (w, p) =>
        {
            var text = w.Unique("Parents joined the start class");
            return Task.FromResult(new Arranged(
                "/api/v1/monitoring/observations",
                new { on = MatrixWorld.Date(), areaId = w.Osdorp, clusterId = (Guid?)null, principles = new[] { 1, 7 }, text, authorRole = "school" },
                () => CountAsync(p, $"select count(*) from monitoring_observations where Text = '{text}'")));
        },
    };

    public static TheoryData<string> OperationNames => [.. Operations.Keys];

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task A_retry_with_the_same_key_replays_the_first_answer_and_has_no_second_effect(string operation)
    {
        var arranged = await Operations[operation](await MatrixWorld.ForAsync(platform), platform);
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Admin);
        var key = Guid.NewGuid().ToString();
        var body = JsonSerializer.Serialize(arranged.Body);

        var first = await client.PostJsonAsync(arranged.Path, body, key);
        var afterFirst = await arranged.Effect();
        var retry = await client.PostJsonAsync(arranged.Path, body, key);
        var afterRetry = await arranged.Effect();

        var firstText = await first.Content.ReadAsStringAsync();
        Assert.True(first.IsSuccessStatusCode, $"{operation}: {(int)first.StatusCode} {firstText}");
        Assert.False(first.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(first.StatusCode, retry.StatusCode);
        Assert.Equal(firstText, await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader)));
        Assert.Equal(afterFirst, afterRetry);
    }

    private static Arranged CaseChange(PlatformFactory platform, Guid caseId, string change, object body) =>
        new($"/api/v1/support-cases/{caseId}/{change}", body, () => VersionAsync(platform, $"/api/v1/support-cases/{caseId}"));

    private static Arranged RequestChange(PlatformFactory platform, Guid requestId, string change, object body) =>
        new($"/api/v1/expertise-requests/{requestId}/{change}", body, () => VersionAsync(platform, $"/api/v1/expertise-requests/{requestId}"));

    private static async Task<string> VersionAsync(PlatformFactory platform, string path) =>
        (await platform.Admin().GetFromJsonAsync<JsonObject>(path))!["version"]!.ToJsonString();

    private static async Task<string> CountAsync(PlatformFactory platform, string sql) =>
        (await platform.CountAsync(sql)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
