using System.Net;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>
/// A new installation holds the pilot as domain.md names it. Other tests in this collection
/// register schools (named with <see cref="PilotStructure.TestSchoolPrefix"/>); these assertions
/// hold whatever they added.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ReferenceDataTests(PlatformFactory platform)
{
    public static TheoryData<string, string> RolesAndReferenceLists
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var role in Roles.All)
            {
                foreach (var list in new[] { "areas", "boards", "clusters", "schools" })
                {
                    data.Add(role, list);
                }
            }

            return data;
        }
    }

    [Fact]
    public async Task The_pilot_has_two_areas_Osdorp_and_Bos_en_Lommer()
    {
        var areas = await platform.ClientWithRoles(Roles.Admin).GetObjectsAsync("/api/v1/areas");

        Assert.Equal(["Bos en Lommer", "Osdorp"], areas.Select(a => a["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(areas, a => Assert.Equal(["id", "name"], a.Select(p => p.Key)));
        Assert.Equal(new[] { PilotIds.BosEnLommer, PilotIds.Osdorp }.Order(), areas.Select(a => a["id"]!.GetValue<Guid>()).Order());
    }

    [Fact]
    public async Task The_pilot_has_five_clusters_with_the_schools_of_domain_md()
    {
        var pilot = await PilotStructure.ReadAsync(platform.ClientWithRoles(Roles.Admin));

        Assert.Equal(5, pilot.Clusters.Count);
        var actual = pilot.Clusters
            .Select(c => (Area: pilot.AreaName(c["areaId"]!.GetValue<Guid>()), Schools: PilotSchoolNames(pilot, c)))
            .OrderBy(c => c.Area, StringComparer.Ordinal).ThenBy(c => c.Schools[0], StringComparer.Ordinal)
            .ToList();
        var expected = PilotStructure.Expected
            .Select(c => (c.Area, Schools: c.Schools.Order(StringComparer.Ordinal).ToList()))
            .OrderBy(c => c.Area, StringComparer.Ordinal).ThenBy(c => c.Schools[0], StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Area, actual[i].Area);
            Assert.Equal(expected[i].Schools, actual[i].Schools);
        }
    }

    [Fact]
    public async Task The_pilot_has_seventeen_schools_without_brin_placed_consistently_with_their_clusters()
    {
        var pilot = await PilotStructure.ReadAsync(platform.ClientWithRoles(Roles.Admin));
        var seeded = pilot.Schools.Where(s => !s["name"]!.GetValue<string>().StartsWith(PilotStructure.TestSchoolPrefix, StringComparison.Ordinal)).ToList();

        Assert.Equal(17, seeded.Count);
        Assert.Equal(PilotStructure.Expected.SelectMany(c => c.Schools).Order(StringComparer.Ordinal), seeded.Select(s => s["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(seeded, s => Assert.True(s.ContainsKey("brin") && s["brin"] is null, $"{s["name"]} has brin null"));
        foreach (var school in pilot.Schools)
        {
            Assert.Equal(["id", "name", "brin", "boardId", "clusterId", "areaId", "location", "locationIsPlaceholder"], school.Select(p => p.Key));
            var id = school["id"]!.GetValue<Guid>();
            var cluster = pilot.Cluster(school["clusterId"]!.GetValue<Guid>());
            Assert.Equal(cluster["areaId"]!.GetValue<Guid>(), school["areaId"]!.GetValue<Guid>());
            Assert.Contains(id, cluster["schoolIds"]!.AsArray().Select(s => s!.GetValue<Guid>()));
            Assert.Contains(school["boardId"]!.GetValue<Guid>(), pilot.Boards.Select(b => b["id"]!.GetValue<Guid>()));
        }

        Assert.Equal(pilot.Schools.Count, pilot.Clusters.Sum(c => c["schoolIds"]!.AsArray().Count));
    }

    [Fact]
    public async Task The_boards_of_the_seeded_schools_are_placeholders_and_say_so()
    {
        var pilot = await PilotStructure.ReadAsync(platform.ClientWithRoles(Roles.Admin));
        var seededBoards = pilot.Schools
            .Where(s => !s["name"]!.GetValue<string>().StartsWith(PilotStructure.TestSchoolPrefix, StringComparison.Ordinal))
            .Select(s => s["boardId"]!.GetValue<Guid>())
            .Distinct()
            .Select(pilot.Board)
            .ToList();

        Assert.NotEmpty(seededBoards);
        Assert.All(seededBoards, b => Assert.Contains("placeholder", b["name"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
        Assert.True(
            pilot.Clusters.All(c => c["schoolIds"]!.AsArray().Select(s => pilot.School(s!.GetValue<Guid>())["boardId"]!.GetValue<Guid>()).Distinct().Count() > 1),
            "every cluster crosses boards, as the real clusters do");
    }

    [Theory]
    [MemberData(nameof(RolesAndReferenceLists))]
    public async Task Every_role_may_read_reference_data(string role, string list)
    {
        var pilot = await PilotStructure.ReadAsync(platform.ClientWithRoles(Roles.Admin));
        var schools = role == Roles.School ? new[] { pilot.Schools[0]["id"]!.GetValue<Guid>() } : [];
        var boards = role == Roles.Treasurer ? new[] { pilot.Boards[0]["id"]!.GetValue<Guid>() } : [];

        var response = await platform.ClientWithRoles([role], schools, boards).GetAsync($"/api/v1/{list}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray());
    }

    private static List<string> PilotSchoolNames(PilotStructure pilot, JsonObject cluster) =>
        cluster["schoolIds"]!.AsArray()
            .Select(id => pilot.School(id!.GetValue<Guid>())["name"]!.GetValue<string>())
            .Where(name => !name.StartsWith(PilotStructure.TestSchoolPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>The reference data as the API answers it, and the pilot as domain.md "The pilot clusters" names it.</summary>
internal sealed record PilotStructure(IReadOnlyList<JsonObject> Areas, IReadOnlyList<JsonObject> Boards, IReadOnlyList<JsonObject> Clusters, IReadOnlyList<JsonObject> Schools)
{
    /// <summary>Names of schools the tests register, so the seeded ones can be told apart.</summary>
    public const string TestSchoolPrefix = "Host test school ";

    public static readonly IReadOnlyList<(string Area, IReadOnlyList<string> Schools)> Expected =
    [
        ("Osdorp", ["El Amien 1", "Lukkasschool", "IKC het Talent"]),
        ("Osdorp", ["Globe", "Ichtusschool", "Johannesschool", "Osdorpse Montessori"]),
        ("Osdorp", ["Atlantis", "De Punt"]),
        ("Bos en Lommer", ["IKC De Boomgaard", "Bos en Lommerschool", "El Amien 2", "Multatulischool"]),
        ("Bos en Lommer", ["Catamaran Landlust", "Tijl Uilenspiegelschool", "Vindplaats", "Zijderoute"]),
    ];

    public static async Task<PilotStructure> ReadAsync(HttpClient client) => new(
        await client.GetObjectsAsync("/api/v1/areas"),
        await client.GetObjectsAsync("/api/v1/boards"),
        await client.GetObjectsAsync("/api/v1/clusters"),
        await client.GetObjectsAsync("/api/v1/schools"));

    public string AreaName(Guid id) => ById(Areas, id)["name"]!.GetValue<string>();

    public JsonObject Board(Guid id) => ById(Boards, id);

    public JsonObject Cluster(Guid id) => ById(Clusters, id);

    public JsonObject School(Guid id) => ById(Schools, id);

    public JsonObject SchoolNamed(string name) => Schools.Single(s => s["name"]!.GetValue<string>() == name);

    /// <summary>The cluster the seeded school of that name stands in now.</summary>
    public Guid ClusterOf(string schoolName) => SchoolNamed(schoolName)["clusterId"]!.GetValue<Guid>();

    private static JsonObject ById(IReadOnlyList<JsonObject> items, Guid id) => items.Single(i => i["id"]!.GetValue<Guid>() == id);
}
