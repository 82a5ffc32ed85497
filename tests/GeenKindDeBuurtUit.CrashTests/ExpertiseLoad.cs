using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// A coordinator in Osdorp asking for language support, assigning the best match and logging the
/// hours, while hosts die under it. The expertise pool is the source of the hours; the budget charges
/// each logged entry once at the agreed rate, and monitoring counts it once.
/// </summary>
internal sealed class ExpertiseLoad
{
    private const string Requests = "/api/v1/expertise-requests";
    private const decimal HoursPerRequest = 2m;

    private readonly List<Guid> _entries = [];

    public int Refused { get; private set; }

    /// <summary>Time entries a client was told are logged.</summary>
    public IReadOnlyList<Guid> Entries => _entries;

    /// <summary>Enough professionals that a working day of eight hours each never runs out during a run.</summary>
    public static async Task RegisterProfessionalsAsync(PlatformApi api, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await PlatformApi.ExpectAsync(
                await api.Client.PostAsJsonAsync("/api/v1/professionals", new
                {
                    name = $"Taalcoach {i + 1}",
                    organisation = "OKT Osdorp",
                    expertise = new[] { "language" },
                    areaIds = new[] { KillWorkload.Area },
                    hoursPerWeek = 40m,
                }),
                HttpStatusCode.Created);
        }
    }

    /// <summary>A request, its best match, its hours and its completion; a refused step (no capacity left) is counted, not failed.</summary>
    public async Task StepAsync(PlatformApi api, Guid schoolId)
    {
        var today = PlatformApi.Date(KillWorkload.Today);
        var request = await PlatformApi.ExpectAsync(
            await api.Client.PostAsJsonAsync(Requests, new { schoolId, expertise = "language", hours = HoursPerRequest, urgency = "normal", note = "two hosts" }),
            HttpStatusCode.Created);
        var id = PlatformApi.IdOf(request);
        var assigned = await api.Client.PostAsJsonAsync($"{Requests}/{id}/assignment", new { });
        if (assigned.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            Refused++;
            return;
        }

        await PlatformApi.ExpectAsync(assigned, HttpStatusCode.OK);
        var logged = await api.Client.PostAsJsonAsync($"{Requests}/{id}/hours", new { on = today, hours = HoursPerRequest });
        if (logged.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            Refused++;
            return;
        }

        var entry = (await PlatformApi.ExpectAsync(logged, HttpStatusCode.OK))["timeEntries"]!.AsArray().Single()!["id"]!.GetValue<Guid>();
        _entries.Add(entry);
        await PlatformApi.ExpectAsync(await api.Client.PostAsJsonAsync($"{Requests}/{id}/completion", new { on = today }), HttpStatusCode.OK);
    }

    /// <summary>
    /// Every time entry the pool holds is charged in the ledger exactly once and counted once by
    /// monitoring; every entry a client was told about is among them.
    /// </summary>
    public static async Task<string> AssertChargedOnceAsync(PlatformApi api, IReadOnlyList<JsonObject> ledger, IEnumerable<ExpertiseLoad> loads)
    {
        var requests = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var answer = (await api.Client.GetFromJsonAsync<JsonObject>($"{Requests}?areaId={KillWorkload.Area}&page={page}&pageSize=200"))!;
            requests.AddRange(answer["items"]!.AsArray().Select(i => i!.AsObject()));
            if (requests.Count >= answer["total"]!.GetValue<int>())
            {
                break;
            }
        }

        var entries = requests.SelectMany(r => r["timeEntries"]!.AsArray())
            .ToDictionary(e => e!["id"]!.GetValue<Guid>(), e => e!["hours"]!.GetValue<decimal>());
        foreach (var acknowledged in loads.SelectMany(l => l.Entries))
        {
            Assert.True(entries.ContainsKey(acknowledged), $"acknowledged time entry {acknowledged} is lost");
        }

        var charges = ledger.Where(e => e["kind"]!.GetValue<string>() == "expertise-charge").ToList();
        var charged = charges.GroupBy(e => e["externalRef"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(charged, c => Assert.True(c.Value.Count == 1, $"{c.Key} charged {c.Value.Count} times"));
        foreach (var (entry, hours) in entries)
        {
            Assert.True(charged.TryGetValue($"expertise-hours:{entry}", out var charge), $"time entry {entry} is not charged");
            Assert.Equal(hours, charge[0]["hours"]!.GetValue<decimal>());
        }

        Assert.Equal(entries.Count, charges.Count);
        var figures = (await api.Client.GetFromJsonAsync<JsonObject>($"/api/v1/monitoring/expertise?schoolYear={KillWorkload.ThisYear}"))!["rows"]!.AsArray()
            .Single(r => r!["areaId"]!.GetValue<Guid>() == KillWorkload.Area && r["expertise"]!.GetValue<string>() == "language")!;
        Assert.Equal((requests.Count, entries.Values.Sum()), (figures["requests"]!.GetValue<int>(), figures["hours"]!.GetValue<decimal>()));
        return $"{requests.Count} expertise requests, {entries.Count} time entries ({entries.Values.Sum()} h; acknowledged {loads.Sum(l => l.Entries.Count)}) charged once each, "
            + $"monitoring {figures["hours"]} h";
    }
}
