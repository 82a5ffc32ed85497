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
        using var client = platform.UncheckedClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5");
        var findings = new List<ContractViolation>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var fuzz in cases.TakeWhile(_ => clock.Elapsed < FuzzSettings.Budget))
        {
            findings.AddRange(await FuzzInvariants.CheckAsync(client, contract, fuzz));
            sent++;
        }

        var summary = $"{sent} of {count} requests in Dutch in {clock.Elapsed.TotalSeconds:0.0} s, seed {seed} (replay: CONTRACT_FUZZ_SEED={seed} CONTRACT_FUZZ_COUNT={count})";
        output.WriteLine(summary);
        ContractViolationLog.Write(findings, "fuzz-nl");
        Assert.True(findings.Count == 0, $"{summary}\n{FuzzReport.Describe(findings)}");
    }
}
