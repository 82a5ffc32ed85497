using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Platform.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>Callers with a chosen <c>sub</c>: idempotency keys and rate limits are per caller.</summary>
internal static class EdgeClients
{
    public static HttpClient ClientAs(this Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string subject, params string[] roles)
    {
        var token = TokenIssuer.Issue(
            new AuthSettings { SigningKey = PlatformFactory.SigningKey },
            new TokenRequest(subject, roles, [], [], TimeSpan.FromHours(1)),
            DateTimeOffset.UtcNow);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>The caller as the key table names it, for a token of <see cref="ClientAs"/>.</summary>
    public static string CallerOf(this Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string subject, params string[] roles) =>
        host.Fingerprints().OfCaller(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(HttpCurrentActor.SubjectClaim, subject), .. roles.Select(r => new Claim(HttpCurrentActor.RoleClaim, r))], "test")));

    public static IdempotencyFingerprint Fingerprints(this Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<IdempotencyFingerprint>();

    public static string NewSubject() => "edge-" + Guid.NewGuid().ToString("N")[..12];
}
