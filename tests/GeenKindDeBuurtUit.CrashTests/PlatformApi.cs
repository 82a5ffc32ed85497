using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>The contract's calls the crash tests make, against any running host (a child process or the in-process factory).</summary>
internal sealed class PlatformApi(HttpClient client)
{
    private const string Cases = "/api/v1/support-cases";

    // Pseudonyms with at most eight hex digits: they can never hold the nine digits of a BSN.
    public static string NewPupil(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public HttpClient Client => client;

    public async Task<IReadOnlyList<School>> SchoolsAsync() =>
        (await client.GetFromJsonAsync<JsonArray>("/api/v1/schools"))!
            .Select(s => new School(s!["id"]!.GetValue<Guid>(), s["boardId"]!.GetValue<Guid>(), s["clusterId"]!.GetValue<Guid>(), s["areaId"]!.GetValue<Guid>()))
            .ToList();

    public async Task<Guid> OpenCaseAsync(Guid schoolId, DateOnly openedOn, string prefix = "crash") =>
        IdOf(await ExpectAsync(
            await client.PostAsJsonAsync(Cases, new { schoolId, pupilRef = NewPupil(prefix), needs = new[] { "learning" }, level = 3, openedOn = Date(openedOn) }),
            HttpStatusCode.Created));

    public async Task<JsonObject> CaseStepAsync(Guid caseId, string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ExpectAsync(await client.PostAsJsonAsync($"{Cases}/{caseId}/{path}", body), expected);

    /// <summary>Takes an open case lawfully to level 5: parents involved, an OPP, level 4, level 5.</summary>
    public async Task ToLevelFiveAsync(Guid caseId, DateOnly openedOn)
    {
        await CaseStepAsync(caseId, "involvements", new { party = "parents", on = Date(openedOn.AddDays(1)) });
        await CaseStepAsync(caseId, "opp", new { establishedOn = Date(openedOn.AddDays(2)) });
        await CaseStepAsync(caseId, "level", new { level = 4, reason = "Outside expertise needed", on = Date(openedOn.AddDays(3)) });
        await CaseStepAsync(caseId, "level", new { level = 5, reason = "Support team with the SWV", on = Date(openedOn.AddDays(4)) });
    }

    public Task ReferAsync(Guid caseId, DateOnly heldOn, Referral referral) =>
        CaseStepAsync(caseId, "ot-meetings", new
        {
            heldOn = Date(heldOn),
            participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
            decision = "refer",
            referral = new { type = referral.Type, category = referral.Category },
        }, HttpStatusCode.Created);

    public Task WithdrawAsync(Guid caseId, DateOnly on) =>
        CaseStepAsync(caseId, "referral/withdrawal", new { on = Date(on), reason = "A place in the neighbourhood after all" });

    /// <summary>Every support case of a school, page by page.</summary>
    public async Task<IReadOnlyList<JsonObject>> CasesAtAsync(Guid schoolId)
    {
        var all = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var answer = (await client.GetFromJsonAsync<JsonObject>($"{Cases}?schoolId={schoolId}&page={page}&pageSize=200"))!;
            all.AddRange(answer["items"]!.AsArray().Select(i => i!.AsObject()));
            if (all.Count >= answer["total"]!.GetValue<int>())
            {
                return all;
            }
        }
    }

    public async Task AgreeAsync(string schoolYear, Guid areaId, decimal poolShare, Rates rates) =>
        await ExpectAsync(
            await client.PutAsJsonAsync($"/api/v1/budgets/{schoolYear}/areas/{areaId}/agreement", new
            {
                poolShare,
                rates = new { sbo = rates.Sbo, soLow = rates.SoLow, soMedium = rates.SoMedium, soHigh = rates.SoHigh },
                baseline = (object?)null,
                expertiseHourRate = 90m,
            }),
            HttpStatusCode.OK);

    /// <summary>A contribution; the same <paramref name="externalRef"/> again answers 200 with the first entry (contract).</summary>
    public async Task<HttpStatusCode> ContributeAsync(string schoolYear, Guid areaId, Guid boardId, decimal amount, string externalRef)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/budgets/{schoolYear}/areas/{areaId}/contributions", new { boardId, kind = "board-funds", amount, externalRef });
        await ExpectAsync(response, response.StatusCode == HttpStatusCode.OK ? HttpStatusCode.OK : HttpStatusCode.Created);
        return response.StatusCode;
    }

    public async Task<JsonObject> SummaryAsync(string schoolYear, Guid areaId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/v1/budgets/{schoolYear}/areas/{areaId}"))!;

    public async Task<IReadOnlyList<JsonObject>> LedgerAsync(string schoolYear, Guid areaId)
    {
        var all = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var answer = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/budgets/{schoolYear}/areas/{areaId}/ledger?page={page}&pageSize=200"))!;
            all.AddRange(answer["items"]!.AsArray().Select(i => i!.AsObject()));
            if (all.Count >= answer["total"]!.GetValue<int>())
            {
                return all;
            }
        }
    }

    /// <summary>Monitoring's referral figure per school (admin: no suppression).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> MonitoredReferralsAsync(string schoolYear) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/v1/monitoring/referrals?schoolYear={schoolYear}&groupBy=school"))!["rows"]!.AsArray()
            .ToDictionary(r => r!["id"]!.GetValue<Guid>(), r => r!["referrals"]?.GetValue<int>() ?? 0);

    public static Guid IdOf(JsonObject body) => body["id"]!.GetValue<Guid>();

    public static async Task<JsonObject> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new UnexpectedAnswerException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }
}

internal sealed record School(Guid Id, Guid BoardId, Guid ClusterId, Guid AreaId);

internal sealed record Referral(string Type, string? Category)
{
    public static readonly IReadOnlyList<Referral> All = [new("sbo", null), new("so", "low"), new("so", "medium"), new("so", "high")];

    /// <summary>The budget's name for this referral type: sbo, soLow, soMedium, soHigh.</summary>
    public string Kind => Category is null ? Type : Type + char.ToUpperInvariant(Category[0]) + Category[1..];
}

internal sealed record Rates(decimal Sbo, decimal SoLow, decimal SoMedium, decimal SoHigh)
{
    public decimal Of(string kind) => kind switch
    {
        "sbo" => Sbo,
        "soLow" => SoLow,
        "soMedium" => SoMedium,
        "soHigh" => SoHigh,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>The host answered something the test did not expect: a 500, a lock error, a refused rule.</summary>
internal sealed class UnexpectedAnswerException(string message) : Exception(message);
