using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.Host.Tests.Security;
using GeenKindDeBuurtUit.Host.OpenApi;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Edge;

/// <summary>
/// A JSON <c>null</c> body, an empty one, or none, on any documented operation that takes a JSON
/// body is 400 naming <c>body</c>, before anything is looked up or stored. Changes with a generic
/// body type (closure, withdrawal, hours, ...) used to let <c>null</c> through to a 500.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed partial class RequiredBodyTests(PlatformFactory platform)
{
    /// <summary>
    /// "Without a body, or without professionalId, the best match is assigned": its handler takes a
    /// nullable body. A confirmation's body <c>{}</c> says nothing, so it may be left out too.
    /// </summary>
    private static readonly string[] OptionalBodies = ["AssignProfessional", "ConfirmFacility"];

    private static readonly string[] AllRoles = [Roles.Admin, Roles.Swv, Roles.Coordinator, Roles.Treasurer, Roles.Analyst, Roles.School];

    [Theory]
    [InlineData("null")]
    [InlineData(" \r\n null \n")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Every_operation_that_takes_a_json_body_refuses_a_missing_or_null_one_with_400_naming_body(string? body)
    {
        var operations = (await OpenApiOperations.ReadAsync(platform))
            .Where(o => OpenApiOperations.TakesJson(o.Operation) && !OptionalBodies.Contains(o.Operation["operationId"]?.GetValue<string>()))
            .ToList();
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", platform.Tokens.Valid(AllRoles, [Guid.NewGuid()], [Guid.NewGuid()]));

        Assert.True(operations.Count >= 25, $"only {operations.Count} operations take a JSON body");
        foreach (var (method, template, _) in operations)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), Fill(template));
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request);

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {template} with body [{body}]: {(int)response.StatusCode} {text}");
            Assert.Contains(RequestValidationMiddleware.BodyRequired, text, StringComparison.Ordinal);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_assignment_without_a_body_still_assigns_the_best_match()
    {
        var world = await MatrixWorld.ForAsync(platform);
        var request = await world.ExpertiseRequestAsync();
        await world.ProfessionalAsync();

        var response = await platform.Admin().PostAsync($"/api/v1/expertise-requests/{request}/assignment", null);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static string Fill(string template) =>
        PathParameter().Replace(template, match => match.Groups["name"].Value == "schoolYear" ? "2025-2026" : Guid.NewGuid().ToString());

    [GeneratedRegex("{(?<name>[A-Za-z]+)}")]
    private static partial Regex PathParameter();
}
