using System.Text;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>Every field is validated; bad input answers 400 with the field and stores nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFactory platform)
{
    private const string CountRequests = "select count(*) from expertise_pool_requests";
    private const string CountProfessionals = "select count(*) from expertise_pool_professionals";

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"expertise":"tos","hours":2}""", "schoolId" },
        { """{"schoolId":"@school","clusterId":"@cluster","expertise":"tos","hours":2}""", "clusterId" },
        { """{"schoolId":"@school","expertise":"dyslexia","hours":2}""", "expertise" },
        { """{"schoolId":"@school","expertise":"TOS","hours":2}""", "expertise" },
        { """{"schoolId":"@school","hours":2}""", "expertise" },
        { """{"schoolId":"@school","expertise":"tos","hours":0}""", "hours" },
        { """{"schoolId":"@school","expertise":"tos","hours":-1}""", "hours" },
        { """{"schoolId":"@school","expertise":"tos","hours":40.25}""", "hours" },
        { """{"schoolId":"@school","expertise":"tos","hours":1.005}""", "hours" },
        { """{"schoolId":"@school","expertise":"tos"}""", "hours" },
        { """{"schoolId":"@school","expertise":"tos","hours":"two"}""", "hours" },
        { """{"schoolId":"@school","expertise":"tos","hours":2,"urgency":"asap"}""", "urgency" },
        { """{"schoolId":"@school","expertise":"tos","hours":2,"note":"@long"}""", "note" },
        { """{"schoolId":"00000000-0000-0000-0000-000000000042","expertise":"tos","hours":2}""", "schoolId" },
        { """{"clusterId":"00000000-0000-0000-0000-000000000042","expertise":"tos","hours":2}""", "clusterId" },
        { """{"schoolId":"@school","expertise":"tos","hours":2,"supportCaseId":"case-7"}""", "supportCaseId" },
        { """{"schoolId":"@school","expertise":"tos","hours":2,"pupilRef":"LAS-1"}""", "pupilRef" },
    };

    public static TheoryData<string, string> BadProfessionals => new()
    {
        { """{"organisation":"OKT","expertise":["tos"],"areaIds":["@area"],"hoursPerWeek":8}""", "name" },
        { """{"name":"A","organisation":"","expertise":["tos"],"areaIds":["@area"],"hoursPerWeek":8}""", "organisation" },
        { """{"name":"A","organisation":"OKT","expertise":[],"areaIds":["@area"],"hoursPerWeek":8}""", "expertise" },
        { """{"name":"A","organisation":"OKT","expertise":["tos","yoga"],"areaIds":["@area"],"hoursPerWeek":8}""", "expertise[1]" },
        { """{"name":"A","organisation":"OKT","expertise":["tos"],"areaIds":[],"hoursPerWeek":8}""", "areaIds" },
        { """{"name":"A","organisation":"OKT","expertise":["tos"],"areaIds":["00000000-0000-0000-0000-000000000042"],"hoursPerWeek":8}""", "areaIds[0]" },
        { """{"name":"A","organisation":"OKT","expertise":["tos"],"areaIds":["@area"],"hoursPerWeek":0}""", "hoursPerWeek" },
        { """{"name":"A","organisation":"OKT","expertise":["tos"],"areaIds":["@area"],"hoursPerWeek":41}""", "hoursPerWeek" },
        { """{"name":"A","organisation":"OKT","expertise":["tos"],"areaIds":["@area"]}""", "hoursPerWeek" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_names_the_field_and_stores_nothing(string body, string field)
    {
        var admin = platform.Admin();
        var (cluster, _, schools) = await PoolApi.ClusterAsync(admin, PilotIds.Osdorp);
        var json = body.Replace("@school", schools[0].ToString()).Replace("@cluster", cluster.ToString()).Replace("@long", new string('x', 1001));
        var before = await platform.CountAsync(CountRequests);

        await ProblemAssert.AssertFieldAsync(await admin.PostAsync(PoolApi.Requests, new StringContent(json, Encoding.UTF8, "application/json")), field);

        Assert.Equal(before, await platform.CountAsync(CountRequests));
    }

    [Fact]
    public async Task Both_or_neither_of_school_and_cluster_is_refused_on_both_fields()
    {
        var (cluster, _, schools) = await PoolApi.ClusterAsync(platform.Admin(), PilotIds.Osdorp);
        var pool = platform.Coordinator();

        foreach (var body in new object[] { new { expertise = "tos", hours = 2 }, new { schoolId = schools[0], clusterId = cluster, expertise = "tos", hours = 2 } })
        {
            var response = await pool.Client.PostAsync(PoolApi.Requests, System.Net.Http.Json.JsonContent.Create(body));
            var problem = await ProblemAssert.ProblemAsync(response, System.Net.HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]!.AsObject().ContainsKey("schoolId") && problem["errors"]!.AsObject().ContainsKey("clusterId"));
        }
    }

    [Theory]
    [MemberData(nameof(BadProfessionals))]
    public async Task A_bad_professional_names_the_field_and_stores_nothing(string body, string field)
    {
        var before = await platform.CountAsync(CountProfessionals);

        var response = await platform.Coordinator().Client.PostAsync(
            PoolApi.Professionals, new StringContent(body.Replace("@area", PilotIds.Osdorp.ToString()), Encoding.UTF8, "application/json"));

        await ProblemAssert.AssertFieldAsync(response, field);
        Assert.Equal(before, await platform.CountAsync(CountProfessionals));
    }

    [Theory]
    [InlineData("/api/v1/expertise-requests?status=pending", "status")]
    [InlineData("/api/v1/expertise-requests?expertise=yoga", "expertise")]
    [InlineData("/api/v1/expertise-requests?areaId=00000000-0000-0000-0000-000000000042", "areaId")]
    [InlineData("/api/v1/expertise-requests?pageSize=201", "pageSize")]
    [InlineData("/api/v1/expertise-requests?page=0", "page")]
    [InlineData("/api/v1/expertise-requests/waiting?areaId=00000000-0000-0000-0000-000000000042", "areaId")]
    [InlineData("/api/v1/expertise-requests/waiting?expertise=Tos", "expertise")]
    [InlineData("/api/v1/professionals?expertise=yoga", "expertise")]
    [InlineData("/api/v1/professionals?areaId=00000000-0000-0000-0000-000000000042", "areaId")]
    [InlineData("/api/v1/professionals?active=maybe", "active")]
    public async Task A_bad_list_query_names_the_parameter(string url, string field) =>
        await ProblemAssert.AssertFieldAsync(await platform.Coordinator().Client.GetAsync(url), field);
}
