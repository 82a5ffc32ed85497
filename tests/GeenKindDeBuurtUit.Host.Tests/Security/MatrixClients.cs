using System.Net.Http.Headers;
using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>One HTTP client per <see cref="Caller"/>, with the token that caller carries.</summary>
internal sealed class MatrixClients(PlatformFactory platform, MatrixWorld world)
{
    private const string UntrustedKey = "another-key-that-this-platform-never-trusts-4242";
    private readonly Dictionary<Caller, HttpClient> _clients = [];

    public HttpClient For(Caller caller)
    {
        if (!_clients.TryGetValue(caller, out var client))
        {
            client = platform.CreateClient();
            if (Token(caller) is { } token)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            _clients[caller] = client;
        }

        return client;
    }

    private string? Token(Caller caller)
    {
        var tokens = platform.Tokens;
        var now = DateTime.UtcNow;
        string[] admin = [Roles.Admin];
        return caller switch
        {
            Caller.School => tokens.Valid([Roles.School], schools: [world.OwnSchool]),
            Caller.Swv => tokens.Valid([Roles.Swv]),
            Caller.Coordinator => tokens.Valid([Roles.Coordinator]),
            Caller.Treasurer => tokens.Valid([Roles.Treasurer], boards: [world.OwnBoard]),
            Caller.Analyst => tokens.Valid([Roles.Analyst]),
            Caller.Admin => tokens.Valid(admin),
            Caller.OtherSchool => tokens.Valid([Roles.School], schools: [world.OtherSchool]),
            Caller.OtherTreasurer => tokens.Valid([Roles.Treasurer], boards: [world.OtherBoard]),
            Caller.Partner => tokens.Create([Roles.Partner], subject: MatrixWorld.PartnerSub),
            Caller.OtherPartner => tokens.Create([Roles.Partner], subject: MatrixWorld.OtherPartnerSub),
            Caller.Anonymous => null,

            // The broken tokens carry the admin role: only the broken part can be why they fail.
            Caller.Expired => tokens.Create(admin, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            Caller.NotYetValid => tokens.Create(admin, notBefore: now.AddMinutes(10), expires: now.AddHours(1)),
            Caller.WrongIssuer => tokens.Create(admin, issuer: "someone-else"),
            Caller.WrongAudience => tokens.Create(admin, audience: "another-api"),
            Caller.WrongKey => tokens.Create(admin, key: UntrustedKey),
            Caller.AlgNone => Unsigned(tokens.Valid(admin)),
            _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
        };
    }

    /// <summary>The same claims with <c>"alg": "none"</c> and no signature.</summary>
    private static string Unsigned(string signed)
    {
        var header = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}""")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{header}.{signed.Split('.')[1]}.";
    }
}
