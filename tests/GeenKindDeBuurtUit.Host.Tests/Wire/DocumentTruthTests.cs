using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Wire;

/// <summary>What a client generated from the document relies on: required members, enums, bounds, nullability, every answer and header.</summary>
[Collection(HostCollection.Name)]
public sealed class DocumentTruthTests(PlatformFactory platform)
{
    private static readonly string[] ContractOrder =
        ["Reference data", "Support cases", "Collective approaches", "Expertise pool", "Collective budget", "Monitoring", "Audit", "Notifications", "History", "Facilities"];

    [Fact]
    public async Task A_request_body_says_which_members_are_required_and_bounds_each_one()
    {
        var schema = Schema(await DocumentAsync(), "OpenSupportCaseRequest");

        Assert.Equal(["level", "needs", "pupilRef", "schoolId"], schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal));
        var properties = schema["properties"]!;
        Assert.Equal("string", properties["schoolId"]!["type"]!.GetValue<string>());
        Assert.Equal("uuid", properties["schoolId"]!["format"]!.GetValue<string>());
        Assert.Equal(64, properties["pupilRef"]!["maxLength"]!.GetValue<int>());
        Assert.NotNull(properties["pupilRef"]!["pattern"]);
        Assert.Equal("1", properties["level"]!["minimum"]!.ToString());
        Assert.Equal("3", properties["level"]!["maximum"]!.ToString());
        Assert.Contains("early-childhood", properties["needs"]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["null", "string"], properties["openedOn"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_answer_has_every_member_required_and_says_which_may_be_null()
    {
        var schema = Schema(await DocumentAsync(), "SupportCaseDto");

        var properties = schema["properties"]!.AsObject();
        Assert.Equal(properties.Select(p => p.Key).Order(StringComparer.Ordinal), schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal));
        var referral = properties["referral"]!["oneOf"]!.AsArray();
        Assert.Contains(referral, s => s!["type"]?.GetValue<string>() == "null");
        Assert.Contains(referral, s => s!["$ref"]?.GetValue<string>() == "#/components/schemas/ReferralDto");
        Assert.Equal(["closed", "open"], properties["status"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("string", properties["pupilRef"]!["type"]!.GetValue<string>());
        var category = Schema(await DocumentAsync(), "ReferralDto")["properties"]!["category"]!;
        Assert.Contains(category["enum"]!.AsArray(), v => v is null);
    }

    [Fact]
    public async Task Every_operation_documents_401_429_and_its_errors_as_problem_details()
    {
        foreach (var (method, path, operation) in Operations(await DocumentAsync()))
        {
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("401"), $"{method} {path} has no 401");
            Assert.True(responses.ContainsKey("429"), $"{method} {path} has no 429");
            Assert.NotNull(responses["429"]!["headers"]?["Retry-After"]);
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                var content = response!["content"]!.AsObject();
                Assert.True(content.ContainsKey("application/problem+json") && content.Count == 1, $"{method} {path} {status} is not problem details");
            }

            if (method is "post" or "put")
            {
                Assert.True(responses.ContainsKey("403") && responses.ContainsKey("422") && responses.ContainsKey("409"), $"{method} {path} misses 403/409/422");
            }

            if (operation["requestBody"] is not null)
            {
                Assert.True(responses.ContainsKey("413") && responses.ContainsKey("415"), $"{method} {path} misses 413/415");
            }

            if (method is "post" or "put" && path.Contains('{', StringComparison.Ordinal))
            {
                Assert.True(responses.ContainsKey("412"), $"{method} {path} misses 412");
                Assert.Contains(operation["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "If-Match");
            }

            foreach (var created in responses.Where(r => r.Key == "201"))
            {
                Assert.NotNull(created.Value!["headers"]?["Location"]);
            }
        }
    }

    [Fact]
    public async Task A_csv_answer_is_text_and_its_json_form_keeps_its_record()
    {
        var document = await DocumentAsync();

        var referrals = document["paths"]!["/api/v1/monitoring/referrals"]!["get"]!["responses"]!["200"]!["content"]!;
        Assert.Equal("string", referrals["text/csv"]!["schema"]!["type"]!.GetValue<string>());
        Assert.NotNull(referrals["application/json"]!["schema"]!["$ref"]);
        var ledger = document["paths"]!["/api/v1/budgets/{schoolYear}/areas/{areaId}/ledger"]!["get"]!["responses"]!["200"]!["content"]!;
        Assert.NotNull(ledger["application/json"]);
        Assert.Equal("string", ledger["text/csv"]!["schema"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Operations_come_in_the_order_of_the_contract()
    {
        var document = await DocumentAsync();

        Assert.Equal(ContractOrder, document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        var tagOfEachPath = Operations(document).Select(o => o.Operation["tags"]![0]!.GetValue<string>()).ToList();
        var ranks = tagOfEachPath.Select(t => Array.IndexOf(ContractOrder, t)).ToList();
        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public async Task Swagger_ui_keeps_the_token_in_development()
    {
        var script = await platform.CreateClient().GetStringAsync("/swagger/index.js");

        Assert.Contains("\"persistAuthorization\":true", script.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static JsonObject Schema(JsonObject document, string id) => document["components"]!["schemas"]![id]!.AsObject();

    private static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (o.Key, p.Key, o.Value!.AsObject())));

    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await platform.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
}
