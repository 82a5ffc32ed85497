using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>
/// One platform (on a fresh real SQLite file) for every HTTP test of this assembly: Hangfire's
/// configuration is static, so two hosts alive at once would run each other's jobs.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "host";
}

/// <summary>Clients with tokens from the host's own <see cref="TokenIssuer"/>, the one behind the <c>token</c> command.</summary>
internal static class HostClients
{
    public static string IssueToken(IReadOnlyList<string> roles, IReadOnlyList<Guid>? schools = null, IReadOnlyList<Guid>? boards = null) =>
        TokenIssuer.Issue(
            new AuthSettings { SigningKey = PlatformFactory.SigningKey },
            new TokenRequest("host-tests", roles, schools ?? [], boards ?? [], TimeSpan.FromHours(1)),
            DateTimeOffset.UtcNow);

    public static HttpClient ClientWithRoles(this PlatformFactory platform, params string[] roles) =>
        platform.ClientWithToken(IssueToken(roles));

    public static HttpClient ClientWithRoles(this PlatformFactory platform, IReadOnlyList<string> roles, IReadOnlyList<Guid> schools, IReadOnlyList<Guid> boards) =>
        platform.ClientWithToken(IssueToken(roles, schools, boards));

    public static HttpClient ClientWithToken(this PlatformFactory platform, string token)
    {
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<IReadOnlyList<JsonObject>> GetObjectsAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(item => item!.AsObject()).ToList();
    }
}
