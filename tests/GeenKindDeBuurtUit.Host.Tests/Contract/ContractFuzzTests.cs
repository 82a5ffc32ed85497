using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using GeenKindDeBuurtUit.Testing;
using GeenKindDeBuurtUit.Testing.Contract;
using Xunit.Abstractions;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>The fuzz gets a platform of its own: it opens cases and changes budgets that other collections count.</summary>
[CollectionDefinition(Name)]
public sealed class ContractFuzzCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "contract-fuzz";
}

/// <summary>
/// Requests generated from the served document, per operation, as any client could send them:
/// whatever is in them, the host never answers 5xx, every error is problem details a person can
/// act on, and nothing the document calls invalid is accepted.
/// </summary>
[Collection(ContractFuzzCollection.Name)]
public sealed class ContractFuzzTests(PlatformFactory platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Generated_requests_get_no_5xx_only_problem_details_as_errors_and_no_2xx_for_what_the_document_refuses()
    {
        var contract = await platform.ContractAsync();
        var world = await FuzzWorld.CreateAsync(platform);
        var (seed, count) = (FuzzSettings.Seed, FuzzSettings.Count);
        var cases = FuzzCases.For(contract, world, platform.Tokens).Sample(count, new Rnd(seed), 30);
        using var client = platform.UncheckedClient();
        var findings = new List<ContractViolation>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var fuzz in cases.TakeWhile(_ => clock.Elapsed < FuzzSettings.Budget))
        {
            findings.AddRange(await FuzzInvariants.CheckAsync(client, contract, fuzz));
            sent++;
        }

        var summary = $"{sent} of {count} requests in {clock.Elapsed.TotalSeconds:0.0} s, seed {seed} (replay: CONTRACT_FUZZ_SEED={seed} CONTRACT_FUZZ_COUNT={count})"
            + (world.Unarranged.Count == 0 ? "" : $"; not arranged: {string.Join(", ", world.Unarranged)}");
        output.WriteLine(summary);
        ContractViolationLog.Write(findings, "fuzz");
        Assert.True(findings.Count == 0, $"{summary}\n{FuzzReport.Describe(findings)}");
    }
}
