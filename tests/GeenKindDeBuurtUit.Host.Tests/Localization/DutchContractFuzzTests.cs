using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using GeenKindDeBuurtUit.Host.Tests.Contract;
using GeenKindDeBuurtUit.Testing;
using GeenKindDeBuurtUit.Testing.Contract;
using Xunit.Abstractions;

namespace GeenKindDeBuurtUit.Host.Tests.Localization;

/// <summary>A platform of its own, as the English fuzz has: the fuzz changes what other collections count.</summary>
[CollectionDefinition(Name)]
public sealed class DutchContractFuzzCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "contract-fuzz-nl";
}

/// <summary>
/// The contract fuzz again, every request preferring Dutch: translating a problem never turns an
/// answer into a 5xx, never empties a title or detail, and never breaks the documented shape.
/// </summary>
[Collection(DutchContractFuzzCollection.Name)]
public sealed class DutchContractFuzzTests(PlatformFactory platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Generated_requests_preferring_Dutch_keep_to_the_contract()
    {
        var contract = await platform.ContractAsync();
        var world = await FuzzWorld.CreateAsync(platform);
        var (seed, count) = (FuzzSettings.Seed, FuzzSettings.Count);
        var cases = FuzzCases.For(contract, world, platform.Tokens).Sample(count, new Rnd(seed), 30);
        var recorder = new DutchProblemRecorder();
        using var client = platform.CreateDefaultClient(recorder);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5");
        var findings = new List<ContractViolation>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var fuzz in cases.TakeWhile(_ => clock.Elapsed < FuzzSettings.Budget))
        {
            findings.AddRange(await FuzzInvariants.CheckAsync(client, contract, fuzz));
            sent++;
        }

        var summary = $"{sent} of {count} requests in Dutch in {clock.Elapsed.TotalSeconds:0.0} s, {recorder.Problems} problems, seed {seed} "
            + $"(replay: CONTRACT_FUZZ_SEED={seed} CONTRACT_FUZZ_COUNT={count})";
        output.WriteLine(summary);
        output.WriteLine("Reads as English, quoted values and all:\n" + string.Join("\n", recorder.Quoted.Distinct().Take(50)));
        ContractViolationLog.Write(findings, "fuzz-nl");
        Assert.True(findings.Count == 0, $"{summary}\n{FuzzReport.Describe(findings)}");
        Assert.True(recorder.Problems > 0, summary);
        Assert.True(recorder.English.IsEmpty, $"{summary}\nleft in English:\n{string.Join("\n", recorder.English.Distinct())}");
    }

    /// <summary>
    /// Every problem answered in Dutch: <c>Content-Language: nl</c>, and no title, detail or message
    /// the catalogue still knows as English (which would mean a way around the translation).
    /// </summary>
    private sealed class DutchProblemRecorder : DelegatingHandler
    {
        private int _problems;

        public int Problems => _problems;

        public System.Collections.Concurrent.ConcurrentBag<string> English { get; } = [];

        // Texts with English words in them, for a person to read: a quoted value (a pattern's description) may be English.
        public System.Collections.Concurrent.ConcurrentBag<string> Quoted { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return response;
            }

            Interlocked.Increment(ref _problems);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.Content.Headers.ContentLanguage.Contains("nl"))
            {
                English.Add($"{request.Method} {request.RequestUri?.AbsolutePath}: no Content-Language: nl");
            }

            if (System.Text.Json.Nodes.JsonNode.Parse(text) is System.Text.Json.Nodes.JsonObject problem)
            {
                var texts = new[] { problem["title"], problem["detail"] }
                    .Concat((problem["errors"]?.AsObject() ?? []).SelectMany(e => e.Value?.AsArray() ?? []))
                    .OfType<System.Text.Json.Nodes.JsonValue>()
                    .Select(v => v.GetValue<string>());
                texts = [.. texts];
                foreach (var quoted in texts.Where(t => t.Contains(" the ", StringComparison.OrdinalIgnoreCase) || t.Contains(" must ", StringComparison.Ordinal)))
                {
                    Quoted.Add(quoted);
                }

                foreach (var english in texts.Where(t => GeenKindDeBuurtUit.Host.Localization.DutchCatalogue.Instance.Translate(t) is { } dutch && dutch != t))
                {
                    English.Add($"{request.Method} {request.RequestUri?.AbsolutePath}: {english}");
                }
            }

            return response;
        }
    }
}
