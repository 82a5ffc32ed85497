using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>Callers, the calls on pupil-level data the trail should record, and reads of the trail.</summary>
internal sealed class AuditApi(PlatformFactory platform)
{
    public const string AuditPath = "/api/v1/audit";
    public const string Cases = "/api/v1/support-cases";

    public PlatformFactory Platform => platform;

    public static string SubjectOf(string token) => new JsonWebToken(token).Subject;

    public (HttpClient Client, string Subject) Caller(string role, params Guid[] schools)
    {
        var token = platform.Tokens.Valid([role], schools);
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (client, SubjectOf(token));
    }

    public async Task<Guid> SchoolAsync(int index)
    {
        var schools = (await platform.Admin().GetFromJsonAsync<JsonArray>("/api/v1/schools"))!;
        return schools[index]!["id"]!.GetValue<Guid>();
    }

    public static async Task<Guid> OpenCaseAsync(HttpClient school, Guid schoolId, string pupilRef)
    {
        var response = await school.PostAsJsonAsync(Cases, new { schoolId, pupilRef, needs = new[] { "language" }, level = 2, openedOn = "2025-09-01" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ProblemAssert.BodyAsync(response))["id"]!.GetValue<Guid>();
    }

    /// <summary>Every record of one object, oldest first.</summary>
    public async Task<IReadOnlyList<JsonObject>> RecordsOfAsync(Guid objectId)
    {
        var page = await ListAsync($"?objectId={objectId}&pageSize=200");
        return page["items"]!.AsArray().Select(i => i!.AsObject()).Reverse().ToList();
    }

    public async Task<JsonObject> ListAsync(string query)
    {
        var response = await platform.Admin().GetAsync(AuditPath + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ProblemAssert.BodyAsync(response);
    }

    public async Task<JsonObject> VerifyAsync()
    {
        var response = await platform.Admin().GetAsync(AuditPath + "/verification");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ProblemAssert.BodyAsync(response);
    }

    /// <summary>A call through the whole pipeline from a chosen client address (the test server has none of its own).</summary>
    public async Task<HttpContext> SendFromAsync(string address, string method, string path, string? token, string? json = null) =>
        await platform.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Method = method;
            context.Request.Path = path;
            if (token is not null)
            {
                context.Request.Headers.Authorization = $"Bearer {token}";
            }

            if (json is not null)
            {
                context.Request.ContentType = "application/json";
                context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
            }
        });

    /// <summary>Statements as an operator with the database's own rights would run them, in the matrix's dialect (<see cref="TestSql"/>).</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await TestSql.OpenAsync(platform.ConnectionString);
        await using var command = TestSql.Command(connection, sql);
        return await command.ExecuteNonQueryAsync();
    }

    public static IReadOnlyList<string> RolesOf(JsonObject record) => record["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
}
