using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>
/// Real records for the fuzz to aim at, so a generated id can refer to something that exists:
/// made through the API by an admin before the fuzz starts. Best effort: what fails to arrange is
/// left out and the fuzz uses an unknown id there instead.
/// </summary>
internal sealed class FuzzWorld
{
    public const string SchoolYear = "2026-2027";
    private readonly Dictionary<string, List<Guid>> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HttpClient _admin;

    private FuzzWorld(HttpClient admin) => _admin = admin;

    public Guid OwnSchool { get; private set; }

    public Guid OwnBoard { get; private set; }

    public Guid OtherSchool { get; private set; }

    public List<string> Unarranged { get; } = [];

    public static DateOnly Today => SchoolCalendar.Today(TimeProvider.System);

    public static string Date(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Ids that fit a member or parameter name, the own school's and others' alike.</summary>
    public IReadOnlyList<Guid> IdsFor(string name)
    {
        var key = name.ToLowerInvariant();
        var kind = new[] { "supportcase", "case", "meeting", "request", "professional", "approach", "observation", "entry", "school", "board", "cluster", "area", "target" }
            .FirstOrDefault(k => key.Contains(k, StringComparison.Ordinal));
        return kind is not null && _ids.TryGetValue(kind == "supportcase" ? "case" : kind, out var ids) ? ids : [];
    }

    public static async Task<FuzzWorld> CreateAsync(PlatformFactory platform)
    {
        var admin = platform.UncheckedClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", platform.Tokens.Valid(["admin"]));
        var world = new FuzzWorld(admin);
        await world.ArrangeAsync();
        return world;
    }

    private async Task ArrangeAsync()
    {
        var schools = (await _admin.GetFromJsonAsync<JsonArray>("/api/v1/schools"))!.Select(s => s!.AsObject()).ToList();
        JsonObject Named(string name) => schools.Single(s => s["name"]!.GetValue<string>() == name);
        OwnSchool = Named("El Amien 1")["id"]!.GetValue<Guid>();
        OwnBoard = Named("El Amien 1")["boardId"]!.GetValue<Guid>();
        OtherSchool = Named("Multatulischool")["id"]!.GetValue<Guid>();
        Add("school", OwnSchool, OtherSchool);
        Add("board", OwnBoard, Named("Multatulischool")["boardId"]!.GetValue<Guid>());
        Add("cluster", Named("El Amien 1")["clusterId"]!.GetValue<Guid>());
        Add("area", PilotIds.Osdorp, PilotIds.BosEnLommer);
        Add("target", OwnSchool, PilotIds.Osdorp);

        var open = await CreateAsync("case", "/api/v1/support-cases", new { schoolId = OwnSchool, pupilRef = "FZ-1", needs = new[] { "language" }, level = 2, openedOn = Date(-90) });
        await CreateAsync("case", "/api/v1/support-cases", new { schoolId = OtherSchool, pupilRef = "FZ-2", needs = new[] { "tos" }, level = 1, openedOn = Date(-90) });
        if (open is { } id)
        {
            await SendAsync($"/api/v1/support-cases/{id}/involvements", new { party = "parents", on = Date(-80) });
            await SendAsync($"/api/v1/support-cases/{id}/opp", new { establishedOn = Date(-70) });
            await SendAsync($"/api/v1/support-cases/{id}/level", new { level = 4, reason = "fuzz", on = Date(-60) });
            await SendAsync($"/api/v1/support-cases/{id}/level", new { level = 5, reason = "fuzz", on = Date(-50) });
            await CreateAsync("meeting", $"/api/v1/support-cases/{id}/ot-meetings", new
            {
                heldOn = Date(-40), participants = new[] { new { role = "swv" }, new { role = "school" } }, decision = "stay", referral = (object?)null,
            }, body => body["meeting"]?["id"]);
        }

        var professional = await CreateAsync("professional", "/api/v1/professionals", new { name = "Fuzz professional", organisation = "SPO West", expertise = new[] { "language" }, areaIds = new[] { PilotIds.Osdorp }, hoursPerWeek = 20 });
        if (await CreateAsync("request", "/api/v1/expertise-requests", new { schoolId = OwnSchool, expertise = "language", hours = 4, urgency = "normal" }) is { } request && professional is not null)
        {
            await SendAsync($"/api/v1/expertise-requests/{request}/assignment", new { professionalId = professional });
        }

        await CreateAsync("request", "/api/v1/expertise-requests", new { schoolId = OwnSchool, expertise = "tos", hours = 2, urgency = "normal" });
        await CreateAsync("approach", "/api/v1/collective-approaches", new
        {
            name = "Fuzz start class", needs = new[] { "early-childhood" }, level = "school", targetId = OwnSchool, schoolIds = new[] { OwnSchool }, startsOn = Date(-30), expectedChildren = 8,
        });
        await CreateAsync("observation", "/api/v1/monitoring/observations", new { on = Date(-1), areaId = PilotIds.Osdorp, principles = new[] { 1 }, text = "Fuzz observation.", authorRole = "school" });
        var area = $"/api/v1/budgets/{SchoolYear}/areas/{PilotIds.Osdorp}";
        await SendAsync($"{area}/agreement", new
        {
            poolShare = 0.5m, rates = new { sbo = 10000m, soLow = 20000m, soMedium = 30000m, soHigh = 40000m }, baseline = (object?)null, expertiseHourRate = 95.5m,
        }, HttpMethod.Put);
        await CreateAsync("entry", $"{area}/contributions", new { boardId = OwnBoard, kind = "board-funds", amount = 1_000_000m, externalRef = "FZ-REF-1" });
    }

    private void Add(string kind, params Guid[] ids)
    {
        if (!_ids.TryGetValue(kind, out var list))
        {
            _ids[kind] = list = [];
        }

        list.AddRange(ids);
    }

    private async Task<Guid?> CreateAsync(string kind, string path, object body, Func<JsonObject, JsonNode?>? id = null)
    {
        // A new school may reach a module a little later; try a few times before leaving it out.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var response = await _admin.PostAsJsonAsync(path, body);
            if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<JsonObject>() is { } created
                && (id?.Invoke(created) ?? created["id"])?.GetValue<Guid>() is { } made)
            {
                Add(kind, made);
                return made;
            }

            await Task.Delay(100);
        }

        Unarranged.Add($"POST {path}");
        return null;
    }

    private async Task SendAsync(string path, object body, HttpMethod? method = null)
    {
        var response = await _admin.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Post, path) { Content = JsonContent.Create(body) });
        if (!response.IsSuccessStatusCode)
        {
            Unarranged.Add($"{method ?? HttpMethod.Post} {path}: {(int)response.StatusCode}");
        }
    }
}
