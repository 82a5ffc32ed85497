using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>A record's detail: what a history import tells the trail of itself, stored with the record and listed.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DetailTests(PlatformFactory platform)
{
    private readonly AuditApi api = new(platform);

    [Fact]
    public async Task An_import_lists_its_source_and_counts_a_dry_run_says_so_and_other_records_have_no_detail()
    {
        var (swv, subject) = api.Caller(Roles.Swv);
        var schools = new[] { await api.SchoolAsync(1), await api.SchoolAsync(2) };
        var body = new
        {
            source = "Jaarverslag; \"oud\" 1970",
            rows = new[] { new { schoolId = schools[0], sbo = 3, soLow = 1, soMedium = 2, soHigh = 0 }, new { schoolId = schools[1], sbo = 1, soLow = 0, soMedium = 0, soHigh = 4 } },
        };

        await ExpectOkAsync(await swv.PutAsJsonAsync("/api/v1/referral-history/1970-1971?dryRun=true", body));
        await ExpectOkAsync(await swv.PutAsJsonAsync("/api/v1/referral-history/1970-1971", body));
        await ExpectOkAsync(await swv.GetAsync("/api/v1/referral-history/1970-1971"));
        var refused = await swv.PutAsJsonAsync("/api/v1/referral-history/1970-1971", body with { source = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var records = (await api.ListAsync($"?actor={subject}"))["items"]!.AsArray().Select(r => r!.AsObject()).Reverse().ToList();

        Assert.Equal(["ImportReferralHistory", "ImportReferralHistory", "ImportReferralHistory"], records.Select(r => r["action"]!.GetValue<string>()));
        Assert.Equal(
            [
                "source=\"Jaarverslag; \\\"oud\\\" 1970\"; schools=2; sbo=4; soLow=1; soMedium=2; soHigh=4; dryRun=true; replaced=false",
                "source=\"Jaarverslag; \\\"oud\\\" 1970\"; schools=2; sbo=4; soLow=1; soMedium=2; soHigh=4; revision=1; replaced=false",
                null,
            ],
            records.Select(r => r["detail"]?.GetValue<string>()));
        Assert.All(records, r => Assert.True(r.ContainsKey("detail")));
        Assert.Equal(400, records[2]["status"]!.GetValue<int>());
        var verification = await api.VerifyAsync();
        Assert.True(verification["valid"]!.GetValue<bool>(), verification.ToJsonString());
    }

    [Fact]
    public async Task A_thuiszitter_import_lists_its_areas_and_count()
    {
        var (swv, subject) = api.Caller(Roles.Swv);
        var areas = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/areas"))!;
        var rows = areas.Take(2).Select((a, i) => new { areaId = a!["id"]!.GetValue<Guid>(), count = 40 + i }).ToArray();

        await ExpectOkAsync(await swv.PutAsJsonAsync("/api/v1/thuiszitter-history/1971-1972", new { source = "Leerplicht", rows }));

        var record = Assert.Single((await api.ListAsync($"?actor={subject}"))["items"]!.AsArray())!;
        Assert.Equal("source=\"Leerplicht\"; areas=2; thuiszitters=81; revision=1; replaced=false", record["detail"]!.GetValue<string>());
    }

    private static async Task ExpectOkAsync(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
