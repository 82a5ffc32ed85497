using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace GeenKindDeBuurtUit.Notifications.Tests.Delivery;

/// <summary>What a school's system does over the API in the delivery tests: subscribe, open a case, change its level.</summary>
internal static class SchoolSystem
{
    public static async Task<Guid> SubscribeAsync(HttpClient client, string url, params string[] types)
    {
        var response = await client.PostAsJsonAsync("/api/v1/subscriptions", new { url, types });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ProblemAssert.BodyAsync(response))["id"]!.GetValue<Guid>();
    }

    /// <param name="pupilRef">A pseudonym a test looks for where it must never appear; a fresh one when left out.</param>
    public static async Task<Guid> OpenCaseAsync(HttpClient school, Guid schoolId, string? pupilRef = null)
    {
        var opened = await school.PostAsJsonAsync("/api/v1/support-cases", new
        {
            schoolId, pupilRef = pupilRef ?? $"ORDER-{Guid.NewGuid().ToString("N")[..8]}", needs = new[] { "language" }, level = 2, openedOn = Day(-10),
        });
        Assert.True(opened.StatusCode == HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        return (await ProblemAssert.BodyAsync(opened))["id"]!.GetValue<Guid>();
    }

    public static async Task ChangeLevelAsync(HttpClient school, Guid caseId, int level)
    {
        var changed = await school.PostAsJsonAsync($"/api/v1/support-cases/{caseId}/level", new { level, reason = "more support in class", on = Day(-5) });
        Assert.True(changed.StatusCode == HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
    }

    // Dates a few days back, so the school calendar's "today" on either clock is after them.
    private static string Day(int days) => DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
