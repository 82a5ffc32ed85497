using System.Reflection;
using System.Xml.Linq;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>
/// BuildingBlocks is the kernel every module needs; platform concerns are projects of their own
/// under src/Platform, composed by the host (docs/adr/0036).
/// </summary>
public sealed class KernelTests
{
    private const string PlatformPrefix = $"{Platform.Prefix}.Platform.";

    private static readonly string[] ProviderAssemblies = ["Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Npgsql"];

    private static readonly string[] HostComposedPlatformProjects = [$"{PlatformPrefix}Idempotency", $"{PlatformPrefix}Persistence.Sqlite", $"{PlatformPrefix}Persistence.PostgreSql", $"{PlatformPrefix}Persistence.SqlServer"];

    private static IReadOnlyList<Assembly> BuildingBlocks { get; } =
        Platform.Assemblies.Where(a => a.GetName().Name!.StartsWith($"{Platform.Prefix}.BuildingBlocks.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void The_rules_see_the_platform_projects_the_host_composes()
    {
        Assert.All(HostComposedPlatformProjects, name => Assert.Contains(Platform.Assemblies, a => a.GetName().Name == name));
        Assert.Equal(4, BuildingBlocks.Count);
    }

    [Fact]
    public void BuildingBlocks_depend_on_neither_the_sqlite_nor_the_postgresql_provider()
    {
        ArchitectureAssert.NoViolations(
            BuildingBlocks.SelectMany(a => References(a).Where(IsProvider).Select(r => $"{a.GetName().Name} references {r}"))
                .Concat(BuildingBlocksProjects().SelectMany(p => PackageReferences(p).Where(IsProvider).Select(r => $"{p} has a package reference to {r}"))));
    }

    [Fact]
    public void BuildingBlocks_depend_on_no_platform_project()
    {
        ArchitectureAssert.NoViolations(
            BuildingBlocks.SelectMany(a => References(a).Where(r => r.StartsWith(PlatformPrefix, StringComparison.Ordinal)).Select(r => $"{a.GetName().Name} references {r}")));
    }

    [Fact]
    public void Modules_do_not_reference_idempotency_or_a_provider_persistence_the_host_composes_them()
    {
        var modules = Platform.Modules.SelectMany(Platform.OfModule).ToList();
        Assert.NotEmpty(modules);

        ArchitectureAssert.NoViolations(
            modules.SelectMany(a => References(a).Intersect(HostComposedPlatformProjects).Select(r => $"{a.GetName().Name} references {r}")));
    }

    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(r => r.Name!);

    private static bool IsProvider(string name) => ProviderAssemblies.Any(s => name.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> BuildingBlocksProjects()
    {
        var folder = Path.Combine(Repository.Root, "src", "BuildingBlocks");
        var projects = Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(projects);
        return projects;
    }

    // A package the code does not use yet leaves no assembly reference behind; its reference still ships it.
    private static IEnumerable<string> PackageReferences(string project) =>
        XDocument.Load(project).Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value);
}
