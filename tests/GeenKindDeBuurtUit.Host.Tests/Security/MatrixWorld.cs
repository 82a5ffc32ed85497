using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// Real data for the matrix, made through the API as an admin: every path id the matrix calls
/// exists. Each method makes a new resource, so a call that changes one never changes what
/// another call sees.
/// </summary>
internal sealed class MatrixWorld
{
    public const string BudgetYear = "2026-2027";

    /// <summary>The <c>sub</c> of the partner organisation that stewards the facilities the world makes.</summary>
    public const string PartnerSub = "matrix-partner";

    public const string OtherPartnerSub = "matrix-other-partner";
    private readonly HttpClient _admin;
    private int _counter;
    private int _closedYear = 2040;
    private int _targetYear = 2070;
    private int _endedYear = 1950;

    private int _historyYear = 1970;

    private MatrixWorld(HttpClient admin) => _admin = admin;

    public Guid OwnSchool { get; private set; }

    public Guid OwnBoard { get; private set; }

    public Guid OwnCluster { get; private set; }

    public Guid OtherSchool { get; private set; }

    public Guid OtherBoard { get; private set; }

    public Guid Osdorp => PilotIds.Osdorp;

    /// <summary>Osdorp cluster 3 (Atlantis, De Punt) and cluster 1: the only clusters with room.</summary>
    public (Guid Atlantis, Guid ElAmien) RoomyClusters { get; private set; }

    /// <summary>A contribution of the own board in Osdorp, enough for every allocation the tests make.</summary>
    public Guid Contribution { get; private set; }

    public Guid MatrixSchool { get; private set; }

    public static DateOnly Today => SchoolCalendar.Today(TimeProvider.System);

    public static string Date(int days = 0) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string BudgetArea(Guid areaId, string schoolYear = BudgetYear) => $"/api/v1/budgets/{schoolYear}/areas/{areaId}";

    /// <summary>
    /// One world per platform, shared by the security tests: it registers a school, and the
    /// pilot's clusters have room for only three more (its own, the matrix's registration, and
    /// one free place for the matrix's school to move into).
    /// </summary>
    public static Task<MatrixWorld> ForAsync(PlatformFactory platform) => Worlds.GetOrAdd(platform, CreateAsync);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PlatformFactory, Task<MatrixWorld>> Worlds = new();

    private static async Task<MatrixWorld> CreateAsync(PlatformFactory platform)
    {
        var world = new MatrixWorld(platform.Admin());
        await world.ReadPilotAsync();
        return world;
    }

    public string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}";

    public string NextClosableYear()
    {
        var start = Interlocked.Increment(ref _closedYear);
        return $"{start}-{start + 1}";
    }

    // --- Notifications ---------------------------------------------------------------------------
    /// <summary>A ping subscription: the one type every subscribing role may read.</summary>
    public static object SubscriptionBody() => new { url = "http://127.0.0.1:9/matrix", types = new[] { "nl.geenkinddebuurtuit.ping" } };

    /// <summary>A subscription of the world's admin: the only other caller who sees it is another admin.</summary>
    public async Task<Guid> SubscriptionAsync() => Id(await CreatedAsync("/api/v1/subscriptions", SubscriptionBody()));

    /// <summary>A ping's delivery on a subscription of the world's admin.</summary>
    public async Task<string> DeliveryAsync()
    {
        var subscription = await SubscriptionAsync();
        var response = await _admin.PostAsync($"/api/v1/subscriptions/{subscription}/ping", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"arranging a ping: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return $"/api/v1/subscriptions/{subscription}/deliveries/{Id((await response.Content.ReadFromJsonAsync<JsonObject>())!)}";
    }

    // --- Support cases ---------------------------------------------------------------------------

    public async Task<Guid> OpenCaseAsync(Guid? school = null) =>
        Id(await CreatedAsync("/api/v1/support-cases", new
        {
            schoolId = school ?? OwnSchool, pupilRef = Unique("MX"), needs = new[] { "language" }, level = 2, openedOn = Date(-60),
        }));

    public async Task<Guid> CaseAtLevelFiveAsync()
    {
        var id = await OpenCaseAsync();
        await OkAsync($"/api/v1/support-cases/{id}/involvements", new { party = "parents", on = Date(-50) });
        await OkAsync($"/api/v1/support-cases/{id}/opp", new { establishedOn = Date(-40) });
        await OkAsync($"/api/v1/support-cases/{id}/level", new { level = 4, reason = "outside expertise", on = Date(-30) });
        await OkAsync($"/api/v1/support-cases/{id}/level", new { level = 5, reason = "support team", on = Date(-20) });
        return id;
    }

    public static object OtMeeting(string decision) => new
    {
        heldOn = Date(-10),
        participants = new[] { new { role = "swv" }, new { role = "school" }, new { role = "parents" } },
        decision,
        referral = decision == "refer" ? new { type = "sbo", category = (string?)null } : null,
    };

    public async Task<(Guid Case, Guid Meeting)> CaseWithMeetingAsync(string decision = "stay")
    {
        var id = await CaseAtLevelFiveAsync();
        var body = await CreatedAsync($"/api/v1/support-cases/{id}/ot-meetings", OtMeeting(decision));
        return (id, body["meeting"]!["id"]!.GetValue<Guid>());
    }

    public async Task<Guid> CaseAtHomeAsync()
    {
        var id = await OpenCaseAsync();
        await OkAsync($"/api/v1/support-cases/{id}/thuiszitter-periods", new { since = Date(-5), reason = "no place in a class" });
        return id;
    }

    public async Task<Guid> ApproachAsync() =>
        Id(await CreatedAsync("/api/v1/collective-approaches", Approach()));

    public object Approach() => new
    {
        name = Unique("Start class"), needs = new[] { "early-childhood" }, level = "school", targetId = OwnSchool,
        schoolIds = new[] { OwnSchool }, startsOn = Date(-30), endsOn = (string?)null, expectedChildren = 8,
    };

    // --- Expertise pool --------------------------------------------------------------------------

    public object ProfessionalBody() => new
    {
        name = Unique("Professional"), organisation = "SPO West", expertise = new[] { "language" }, areaIds = new[] { Osdorp }, hoursPerWeek = 20,
    };

    public async Task<Guid> ProfessionalAsync() => Id(await CreatedAsync("/api/v1/professionals", ProfessionalBody()));

    public object RequestBody() => new { schoolId = OwnSchool, expertise = "language", hours = 4, urgency = "normal", note = (string?)null };

    public async Task<Guid> ExpertiseRequestAsync() => Id(await CreatedAsync("/api/v1/expertise-requests", RequestBody()));

    // --- The BEN map ------------------------------------------------------------------------------

    /// <summary>A facility on the Osdorpplein stewarded by <see cref="PartnerSub"/>.</summary>
    public object FacilityBody() => new
    {
        name = Unique("Matrix OKT"), kind = "okt", description = (string?)null, address = "Osdorpplein 1, 1068 Amsterdam",
        location = new { lat = 52.3583, lon = 4.7988 }, areaId = Osdorp, offers = new[] { "behaviour" }, ageFrom = 0, ageTo = 12,
        contact = new { url = "https://okt.example.org", phone = (string?)null, email = (string?)null }, stewardSub = PartnerSub,
    };

    public async Task<Guid> FacilityAsync() => Id(await CreatedAsync("/api/v1/facilities", FacilityBody()));

    public async Task<Guid> AssignedRequestAsync()
    {
        var request = await ExpertiseRequestAsync();
        await OkAsync($"/api/v1/expertise-requests/{request}/assignment", new { professionalId = await ProfessionalAsync() });
        return request;
    }

    // --- Collective budget -----------------------------------------------------------------------

    public static object Agreement(decimal poolShare = 0.5m) => new
    {
        poolShare, rates = new { sbo = 10000m, soLow = 20000m, soMedium = 30000m, soHigh = 40000m }, baseline = (object?)null, expertiseHourRate = 95.50m,
    };

    public object ContributionBody(decimal amount = 100m) => new { boardId = OwnBoard, kind = "board-funds", amount, externalRef = Unique("MX-REF") };

    public async Task<Guid> ContributionAsync(decimal amount = 100m) =>
        Id(await CreatedAsync($"{BudgetArea(Osdorp)}/contributions", ContributionBody(amount)));

    public object AllocationBody() => new { level = "school", targetId = OwnSchool, purpose = "Start class for young children", amount = 10m };

    // --- Monitoring and reference data -----------------------------------------------------------

    public object ObservationBody() => new
    {
        on = Date(), areaId = Osdorp, clusterId = (Guid?)null, principles = new[] { 1, 7 }, text = "Parents joined the start class.", authorRole = "school",
    };

    public async Task<Guid> ObservationAsync() => Id(await CreatedAsync("/api/v1/monitoring/observations", ObservationBody()));

    /// <summary>A school year far ahead that nobody set a target for, and no other call touches.</summary>
    public string NextTargetYear()
    {
        var start = Interlocked.Increment(ref _targetYear);
        return $"{start}-{start + 1}";
    }

    /// <summary>A school year long over that no other call touches: its figures may be closed.</summary>
    public string NextEndedYear()
    {
        var start = Interlocked.Decrement(ref _endedYear);
        return $"{start}-{start + 1}";
    }

    /// <summary>An ended school year of its own whose figures the admin closed, to reopen.</summary>
    public async Task<string> ClosedFiguresYearAsync()
    {
        var year = NextEndedYear();
        await OkAsync($"/api/v1/monitoring/years/{year}/closure", new { }, HttpMethod.Post);
        return year;
    }

    /// <summary>A school year no other call touches, with a target an admin set (so it has a version of its own).</summary>
    public async Task<string> TargetYearAsync()
    {
        var year = NextTargetYear();
        await OkAsync($"/api/v1/monitoring/targets/{year}", new { reductionPct = 20m }, HttpMethod.Put);
        return year;
    }

    public object ReferralHistoryBody() => new { source = Unique("Matrix history"), rows = new[] { new { schoolId = OwnSchool, sbo = 1, soLow = 0, soMedium = 2, soHigh = 0 } } };

    public object ThuiszitterHistoryBody() => new { source = Unique("Matrix history"), rows = new[] { new { areaId = Osdorp, count = 3 } } };

    /// <summary>A past school year no other call touches, imported once so it has a version of its own: <paramref name="resource"/> is referral-history or thuiszitter-history.</summary>
    public async Task<string> HistoryYearAsync(string resource)
    {
        var start = Interlocked.Increment(ref _historyYear);
        var year = $"{start}-{start + 1}";
        await OkAsync($"/api/v1/{resource}/{year}", resource == "referral-history" ? ReferralHistoryBody() : ThuiszitterHistoryBody(), HttpMethod.Put);
        return year;
    }

    /// <summary>An empty cluster in Osdorp of the tests' own, so a school can move without taking room in the pilot's.</summary>
    public async Task<Guid> ClusterAsync() =>
        Id(await CreatedAsync("/api/v1/clusters", new { name = Unique("Matrix cluster"), areaId = Osdorp }));

    /// <summary>A school of the tests' own in a cluster of its own.</summary>
    public async Task<Guid> SchoolInOwnClusterAsync() =>
        Id(await CreatedAsync("/api/v1/schools", new { name = Unique("Matrix school"), brin = (string?)null, boardId = OwnBoard, clusterId = await ClusterAsync() }));

    public object SchoolBody() => new { name = Unique("Matrix school"), brin = (string?)null, boardId = OwnBoard, clusterId = RoomyClusters.Atlantis };

    /// <summary>A point in Osdorp the matrix's school has not had before: each call changes the school, so its version moves.</summary>
    public object NextSchoolPoint()
    {
        var n = Interlocked.Increment(ref _counter);
        return new { lat = 52.3585 + (n * 0.00001), lon = 4.799 };
    }

    /// <summary>The matrix's own school, moved between the two clusters with room: the body names the one it is not in.</summary>
    public async Task<object> MoveBodyAsync()
    {
        var schools = (await _admin.GetFromJsonAsync<JsonArray>("/api/v1/schools"))!;
        var now = schools.Single(s => s!["id"]!.GetValue<Guid>() == MatrixSchool)!["clusterId"]!.GetValue<Guid>();
        return new { clusterId = now == RoomyClusters.Atlantis ? RoomyClusters.ElAmien : RoomyClusters.Atlantis };
    }

    // --- Plumbing --------------------------------------------------------------------------------

    public async Task<JsonObject> CreatedAsync(string path, object body)
    {
        var response = await _admin.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"arranging POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task OkAsync(string path, object body, HttpMethod? method = null)
    {
        var response = await _admin.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Post, path) { Content = JsonContent.Create(body) });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"arranging {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static Guid Id(JsonObject body) => body["id"]!.GetValue<Guid>();

    private async Task ReadPilotAsync()
    {
        var schools = (await _admin.GetFromJsonAsync<JsonArray>("/api/v1/schools"))!.Select(s => s!.AsObject()).ToList();
        JsonObject Named(string name) => schools.Single(s => s["name"]!.GetValue<string>() == name);
        OwnSchool = Named("El Amien 1")["id"]!.GetValue<Guid>();
        OwnBoard = Named("El Amien 1")["boardId"]!.GetValue<Guid>();
        OwnCluster = Named("El Amien 1")["clusterId"]!.GetValue<Guid>();
        OtherSchool = Named("Multatulischool")["id"]!.GetValue<Guid>();
        RoomyClusters = (Named("Atlantis")["clusterId"]!.GetValue<Guid>(), OwnCluster);

        // A board with no school anywhere: its treasurer sees no area's budget.
        OtherBoard = Id(await CreatedAsync("/api/v1/boards", new { name = Unique("Matrix board without schools") }));
        MatrixSchool = Id(await CreatedAsync("/api/v1/schools", SchoolBody()));
        await Eventually.AssertAsync(
            async () => (await _admin.PostAsJsonAsync($"{BudgetArea(Osdorp)}/contributions", new { boardId = OwnBoard, kind = "board-funds", amount = 0.01m, externalRef = "MX-probe" }))
                .StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
            "the collective budget knows the pilot's schools");
        await OkAsync($"{BudgetArea(Osdorp)}/agreement", Agreement(), HttpMethod.Put);
        Contribution = await ContributionAsync(1_000_000m);
    }
}
