using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>Limits and headers on the platform as tests run it (Development): docs/adr/0016.</summary>
[Collection(HostCollection.Name)]
public sealed partial class LimitsAndHeadersTests(PlatformFactory platform)
{
    private const int Limit = 256 * 1024;

    [Fact]
    public async Task A_body_of_257_kilobytes_is_413_problem_details_and_one_of_256_kilobytes_is_read()
    {
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator);

        var tooLarge = await client.PostJsonAsync("/api/v1/professionals", JsonOfSize(257 * 1024));
        var atTheLimit = await client.PostJsonAsync("/api/v1/professionals", JsonOfSize(Limit));

        await Problem.AssertAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, atTheLimit.StatusCode);
        await Problem.AssertFieldAsync(atTheLimit, "name");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_too()
    {
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(JsonOfSize(Limit + 1))));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/professionals") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("/api/v1/areas", true)]
    [InlineData("/api/v1/no-such-thing", true)]
    [InlineData("/api/v1/support-cases/not-a-guid/x", true)]
    [InlineData("/health/live", false)]
    public async Task Every_answer_carries_the_security_headers_and_api_answers_are_never_cached(string path, bool api)
    {
        foreach (var client in new[] { platform.ClientAs(EdgeClients.NewSubject(), Roles.Analyst), platform.CreateClient() })
        {
            var response = await client.GetAsync(path);

            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            if (api)
            {
                Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            }
        }
    }

    [Fact]
    public async Task Development_sends_no_hsts_even_over_https()
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://platform.example") });

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_cors_preflight_is_refused_when_no_origin_is_configured()
    {
        var response = await Preflight(platform.CreateClient(), "https://las.example");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Every_list_refuses_a_page_size_over_200_and_accepts_200()
    {
        var document = JObject.Parse(await platform.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var lists = document["paths"]!.Children<JProperty>()
            .Where(path => path.Value["get"]?["parameters"] is JArray parameters && parameters.Any(p => p.Value<string>("name") == "pageSize"))
            .Select(path => path.Name)
            .ToList();
        var admin = platform.ClientAs(EdgeClients.NewSubject(), Roles.Admin);
        var (subscription, facility) = (await SubscriptionAsync(admin), await FacilityAsync(admin));
        lists = [.. lists.Select(list => Fill(list, subscription, facility))];

        Assert.True(lists.Count >= 8, $"only {lists.Count} lists with pageSize in the document");
        foreach (var list in lists)
        {
            await Problem.AssertFieldAsync(await admin.GetAsync($"{list}?pageSize=201"), "pageSize");
            await Problem.AssertFieldAsync(await admin.GetAsync($"{list}?pageSize=0"), "pageSize");
            var ok = await admin.GetAsync($"{list}?pageSize=200");
            Assert.True(ok.StatusCode == HttpStatusCode.OK, $"{list}?pageSize=200: {(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Every_list_refuses_a_page_whose_offset_would_overflow_and_the_document_says_the_same_maximum()
    {
        var document = JObject.Parse(await platform.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var pages = document["paths"]!.Children<JProperty>()
            .Select(path => (Path: path.Name, Page: (path.Value["get"]?["parameters"] as JArray)?.FirstOrDefault(p => p.Value<string>("name") == "page")))
            .Where(list => list.Page is not null)
            .ToList();
        var admin = platform.ClientAs(EdgeClients.NewSubject(), Roles.Admin);
        var (subscription, facility) = (await SubscriptionAsync(admin), await FacilityAsync(admin));

        Assert.True(pages.Count >= 8, $"only {pages.Count} lists with page in the document");
        Assert.Equal(10_737_418, PageRequest.MaxPage);
        foreach (var (path, page) in pages)
        {
            Assert.Equal(PageRequest.MaxPage, page!["schema"]!.Value<long>("maximum"));
            var list = Fill(path, subscription, facility);
            await Problem.AssertFieldAsync(await admin.GetAsync($"{list}?page={PageRequest.MaxPage + 1}&pageSize=200"), "page");
            await Problem.AssertFieldAsync(await admin.GetAsync($"{list}?page={int.MaxValue}&pageSize=200"), "page");
            var last = await admin.GetAsync($"{list}?page={PageRequest.MaxPage}&pageSize=200");
            Assert.True(last.StatusCode == HttpStatusCode.OK, $"{list}?page={PageRequest.MaxPage}: {(int)last.StatusCode} {await last.Content.ReadAsStringAsync()}");
        }
    }

    internal static Task<HttpResponseMessage> Preflight(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/support-cases");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        return client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

    /// <summary>A JSON body of exactly <paramref name="bytes"/> bytes that no endpoint accepts as valid.</summary>
    private static string JsonOfSize(int bytes)
    {
        const string start = "{\"name\":\"";
        const string end = "\"}";
        return start + new string('a', bytes - start.Length - end.Length) + end;
    }

    /// <param name="subscription">A subscription of the caller's: a list under another one's is not found.</param>
    /// <param name="facility">A facility on the map: the history of an unknown one is not found.</param>
    private static string Fill(string template, Guid subscription, Guid facility) => PathParameter().Replace(template, match => match.Groups[1].Value switch
    {
        "schoolYear" => "2025-2026",
        "areaId" => PilotIds.Osdorp.ToString(),
        "subscriptionId" => subscription.ToString(),
        "facilityId" => facility.ToString(),
        _ => Guid.NewGuid().ToString(),
    });

    private static async Task<Guid> SubscriptionAsync(HttpClient admin)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/subscriptions", new { url = "http://127.0.0.1:9/limits", types = new[] { "nl.geenkinddebuurtuit.ping" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    private static async Task<Guid> FacilityAsync(HttpClient admin)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/facilities", new
        {
            name = "Bibliotheek Osdorp", kind = "library", address = "Osdorpplein 1", location = new { lat = 52.3583, lon = 4.7988 },
            areaId = PilotIds.Osdorp, offers = new[] { "language" }, contact = new { }, stewardSub = "partner-limits",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    [GeneratedRegex("\\{([A-Za-z]+)[^}]*\\}")]
    private static partial Regex PathParameter();
}
