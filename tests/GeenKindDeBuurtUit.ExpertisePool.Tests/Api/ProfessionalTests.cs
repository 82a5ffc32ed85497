using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Api;

/// <summary>Registering, reading, listing and deactivating professionals. Matches nothing, so it owns no expertise.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProfessionalTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_professional_is_registered_read_and_listed_by_expertise_and_area()
    {
        var coordinator = platform.Coordinator();
        var created = await coordinator.Client.PostAsJsonAsync(PoolApi.Professionals, new
        {
            name = "Quinty (speech therapist)", organisation = "Cluster 2 / TOS", expertise = new[] { "tos", "language", "tos" },
            areaIds = new[] { PilotIds.Osdorp, PilotIds.BosEnLommer }, hoursPerWeek = 12.5,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await ProblemAssert.BodyAsync(created);
        var id = PoolApi.Id(body);
        Assert.Equal($"/api/v1/professionals/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(["language", "tos"], body["expertise"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(12.5m, body["hoursPerWeek"]!.GetValue<decimal>());
        Assert.True(body["active"]!.GetValue<bool>());

        var read = await platform.ClientAs("swv").GetAsync($"{PoolApi.Professionals}/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"0\"", read.Headers.ETag!.Tag);
        await ProblemAssert.ProblemAsync(await coordinator.Client.GetAsync($"{PoolApi.Professionals}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        Assert.Contains(id, await coordinator.ListIdsAsync($"{PoolApi.Professionals}?expertise=language&areaId={PilotIds.BosEnLommer}&pageSize=200"));
        Assert.DoesNotContain(id, await coordinator.ListIdsAsync($"{PoolApi.Professionals}?expertise=newcomer&pageSize=200"));
        var page = await coordinator.Client.GetFromJsonAsync<JsonObject>($"{PoolApi.Professionals}?page=1&pageSize=1");
        Assert.Single(page!["items"]!.AsArray());
        Assert.True(page["total"]!.GetValue<int>() >= 1);
        Assert.Equal(1, page["pageSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_professional_is_deactivated_not_deleted()
    {
        var coordinator = platform.Coordinator();
        var id = await coordinator.RegisterAsync("Rosa (youth care)", "behaviour", PilotIds.BosEnLommer);
        var etag = (await coordinator.Client.GetAsync($"{PoolApi.Professionals}/{id}")).Headers.ETag!.Tag;
        var stale = new HttpRequestMessage(HttpMethod.Post, $"{PoolApi.Professionals}/{id}/deactivation") { Content = JsonContent.Create(new { on = PoolApi.Date() }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"41\"");

        await ProblemAssert.ProblemAsync(await coordinator.Client.SendAsync(stale), HttpStatusCode.PreconditionFailed);
        await ProblemAssert.AssertFieldAsync(await coordinator.Client.PostAsJsonAsync($"{PoolApi.Professionals}/{id}/deactivation", new { on = PoolApi.Date(1) }), "on");
        var deactivated = await coordinator.Client.PostAsJsonAsync($"{PoolApi.Professionals}/{id}/deactivation", new { on = PoolApi.Date() });

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.NotEqual(etag, deactivated.Headers.ETag!.Tag);
        Assert.Equal(PoolApi.Date(), (await ProblemAssert.BodyAsync(deactivated))["deactivatedOn"]!.GetValue<string>());
        Assert.Contains(id, await coordinator.ListIdsAsync($"{PoolApi.Professionals}?active=false&pageSize=200"));
        Assert.DoesNotContain(id, await coordinator.ListIdsAsync($"{PoolApi.Professionals}?active=true&pageSize=200"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await coordinator.Client.DeleteAsync($"{PoolApi.Professionals}/{id}")).StatusCode);
    }
}
