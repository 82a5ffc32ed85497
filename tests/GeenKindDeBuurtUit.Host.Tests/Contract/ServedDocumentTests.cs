using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>
/// Hands the served document to CI's Spectral lint (.ci/run, .spectral.yaml): the file the
/// linter reads is what the host serves, not a copy someone keeps by hand.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ServedDocumentTests(PlatformFactory platform)
{
    /// <summary>Where .ci/run looks; <c>OPENAPI_DOCUMENT_OUT</c> puts it elsewhere.</summary>
    public static string OutputPath =>
        Environment.GetEnvironmentVariable("OPENAPI_DOCUMENT_OUT") is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "openapi.json");

    [Fact]
    public async Task The_served_document_is_written_where_the_linter_reads_it()
    {
        var text = await platform.UncheckedClient().GetStringAsync(PlatformFactory.OpenApiDocument);

        Assert.StartsWith("3.1", JsonNode.Parse(text)!["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        await File.WriteAllTextAsync(OutputPath, text);
    }
}
