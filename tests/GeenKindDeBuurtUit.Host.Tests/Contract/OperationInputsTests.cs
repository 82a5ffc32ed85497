using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Host.OpenApi;
using GeenKindDeBuurtUit.Host.Tests.Edge;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>
/// Each schema a request is checked against carries exactly the components it reaches: the evaluator
/// walks everything it is given on every request, so the document's other components would only cost.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OperationInputsTests(PlatformFactory platform)
{
    [Fact]
    public void A_path_identifier_is_checked_against_its_own_schema_alone()
    {
        var caseId = Inputs().For("GetSupportCase")!.Parameters.Single(p => p.Name == "caseId");

        Assert.True(caseId.InPath);
        Assert.Null(caseId.Schema.Tree["$defs"]);
        Assert.Equal("uuid", caseId.Schema.Tree["format"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("OpenSupportCase")]
    [InlineData("HoldOtMeeting")]
    [InlineData("CreateFacility")]
    public void A_body_schema_carries_every_component_it_reaches_and_no_other(string operationId)
    {
        var tree = Inputs().For(operationId)!.Body!.Schema.Tree;
        var definitions = tree["$defs"]?.AsObject() ?? [];

        var reached = References(tree).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(reached);
        Assert.Equal(reached.Order(StringComparer.Ordinal), definitions.Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    private OperationInputs Inputs()
    {
        platform.CreateClient().Dispose();
        return platform.Services.GetRequiredService<OperationInputs>();
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()["#/$defs/".Length..]] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };
}
