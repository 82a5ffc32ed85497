using NetArchTest.Rules;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>
/// The building blocks are the kernel every module compiles against (docs/adr/0039): what a host
/// runs with (its scheduler, its edge, its keys) lives in the Host or under src/Platform.
/// </summary>
public sealed class KernelSizeTests
{
    private const int MaximumLines = 2000;

    [Fact]
    public void BuildingBlocks_stay_under_2000_lines_of_csharp()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "BuildingBlocks"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var lines = files.Sum(f => File.ReadAllText(f).Count(c => c == '\n'));

        Assert.True(lines < MaximumLines, $"src/BuildingBlocks holds {lines} lines of C#; the kernel stays under {MaximumLines}.");
    }

    [Fact]
    public void BuildingBlocks_depend_on_no_scheduler()
    {
        var result = Types.InAssemblies(BuildingBlocks()).ShouldNot().HaveDependencyOn("Hangfire").GetResult();

        ArchitectureAssert.Holds(result, "The building blocks relay outboxes but schedule nothing: Hangfire is the Host's");
    }

    [Fact]
    public void BuildingBlocks_depend_on_no_host_edge_types()
    {
        string[] edge =
        [
            "Microsoft.AspNetCore.RateLimiting", "System.Threading.RateLimiting", "Microsoft.Extensions.Diagnostics.HealthChecks",
            "Microsoft.AspNetCore.HttpsPolicy", "Microsoft.AspNetCore.Cors",
        ];

        var result = Types.InAssemblies(BuildingBlocks()).ShouldNot().HaveDependencyOnAny(edge).GetResult();

        ArchitectureAssert.Holds(result, "Rate limits, health checks and the other edge concerns are the Host's");
    }

    private static List<System.Reflection.Assembly> BuildingBlocks()
    {
        var assemblies = Platform.Assemblies.Where(a => a.GetName().Name!.StartsWith($"{Platform.Prefix}.BuildingBlocks.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assemblies);
        return assemblies;
    }
}
