using System.Net;
using System.Text;
using GeenKindDeBuurtUit.Testing.Contract;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>The handler every platform test client goes through, against a document small enough to read at a glance.</summary>
public sealed class ContractValidatingHandlerTests
{
    private const string Document = """
        {
          "openapi": "3.1.1",
          "paths": {
            "/api/v1/things/{id}": {
              "get": {
                "responses": {
                  "200": {
                    "description": "OK",
                    "headers": { "ETag": { "schema": { "type": "string" } } },
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } }
                  },
                  "404": { "description": "Not Found", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
                }
              }
            },
            "/api/v1/things/special": { "get": { "responses": { "204": { "description": "No Content" } } } }
          },
          "components": {
            "schemas": {
              "Thing": {
                "type": "object",
                "required": ["id", "level"],
                "properties": { "id": { "type": "string", "format": "uuid" }, "level": { "type": "integer", "minimum": 1, "maximum": 5 }, "note": { "type": ["null", "string"] } }
              },
              "Problem": { "type": "object", "required": ["title", "status"], "properties": { "title": { "type": "string" }, "status": { "type": "integer" } } }
            }
          }
        }
        """;

    private static readonly string Thing = $$"""{ "id": "{{Guid.NewGuid()}}", "level": 3, "note": null }""";

    [Fact]
    public async Task A_conforming_answer_passes_and_its_body_can_still_be_read()
    {
        using var client = Client(HttpStatusCode.OK, "application/json", Thing, ("ETag", "\"1\""));

        var response = await client.GetAsync("/api/v1/things/" + Guid.NewGuid());

        Assert.Equal(Thing, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_undocumented_status_fails_naming_the_operation_and_status()
    {
        using var client = Client(HttpStatusCode.Conflict, "application/problem+json", """{ "title": "x", "status": 409 }""");

        var error = await Assert.ThrowsAsync<ContractViolationException>(() => client.GetAsync("/api/v1/things/1"));

        var violation = Assert.Single(error.Violations);
        Assert.Equal((ContractViolation.UndocumentedStatus, "GET /api/v1/things/{id}", 409), (violation.Kind, violation.Operation, violation.Status));
        Assert.Contains("GET /api/v1/things/{id} -> 409", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_member_fails_with_the_validators_message()
    {
        using var client = Client(HttpStatusCode.OK, "application/json", $$"""{ "id": "{{Guid.NewGuid()}}" }""");

        var error = await Assert.ThrowsAsync<ContractViolationException>(() => client.GetAsync("/api/v1/things/1"));

        var violation = Assert.Single(error.Violations);
        Assert.Equal(ContractViolation.BodyMismatch, violation.Kind);
        Assert.Contains("level", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "not-a-uuid", "level": 3 }""", "/id")]
    [InlineData("""{ "id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "level": "3" }""", "/level")]
    [InlineData("""{ "id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "level": 6 }""", "/level")]
    [InlineData("""{ "id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "level": 3, "note": 7 }""", "/note")]
    public async Task A_member_of_the_wrong_type_or_form_fails_naming_where(string body, string location)
    {
        using var client = Client(HttpStatusCode.OK, "application/json", body);

        var error = await Assert.ThrowsAsync<ContractViolationException>(() => client.GetAsync("/api/v1/things/1"));

        Assert.Contains(location, Assert.Single(error.Violations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_undeclared_contract_header_fails()
    {
        using var client = Client(HttpStatusCode.OK, "application/json", Thing, ("ETag", "\"1\""), ("Location", "/api/v1/things/1"));

        var error = await Assert.ThrowsAsync<ContractViolationException>(() => client.GetAsync("/api/v1/things/1"));

        Assert.Equal(ContractViolation.UndocumentedHeader, Assert.Single(error.Violations).Kind);
    }

    [Theory]
    [InlineData("text/plain", "Status Code: 404", ContractViolation.UndocumentedMediaType)]
    [InlineData("application/problem+json", """{ "title": "Not Found" }""", ContractViolation.BodyMismatch)]
    [InlineData("application/problem+json", "", ContractViolation.BodyMismatch)]
    public async Task An_error_answer_is_held_to_its_documented_problem_schema(string mediaType, string body, string kind)
    {
        using var client = Client(HttpStatusCode.NotFound, mediaType, body);

        var error = await Assert.ThrowsAsync<ContractViolationException>(() => client.GetAsync("/api/v1/things/1"));

        Assert.Equal(kind, Assert.Single(error.Violations).Kind);
    }

    [Fact]
    public async Task A_literal_path_is_matched_before_a_template_and_an_unknown_route_may_answer_404()
    {
        using var special = Client(HttpStatusCode.NoContent, null, "");
        await special.GetAsync("/api/v1/things/special");

        using var unknown = Client(HttpStatusCode.NotFound, null, "");
        await unknown.GetAsync("/api/v1/nothing-here");

        using var undocumented = Client(HttpStatusCode.OK, "application/json", "{}");
        var error = await Assert.ThrowsAsync<ContractViolationException>(() => undocumented.PostAsync("/api/v1/things/1", null));
        Assert.Equal(ContractViolation.UndocumentedOperation, Assert.Single(error.Violations).Kind);
    }

    [Fact]
    public async Task Answers_outside_the_api_are_not_checked()
    {
        using var client = Client(HttpStatusCode.OK, "text/html", "<html></html>");

        await client.GetAsync("/swagger/index.html");
    }

    private static HttpClient Client(HttpStatusCode status, string? mediaType, string body, params (string Name, string Value)[] headers)
    {
        var contract = ContractDocument.Parse(Document);
        var handler = new ContractValidatingHandler(() => Task.FromResult(contract)) { InnerHandler = new Canned(status, mediaType, body, headers) };
        return new HttpClient(handler) { BaseAddress = new Uri("http://localhost") };
    }

    private sealed class Canned(HttpStatusCode status, string? mediaType, string body, (string Name, string Value)[] headers) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
            if (mediaType is not null)
            {
                response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            }

            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        }
    }
}
