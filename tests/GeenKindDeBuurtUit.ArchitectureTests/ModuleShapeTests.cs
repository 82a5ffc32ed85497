using System.Reflection;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>Every module is layered the same way (docs/adr/0037).</summary>
public sealed class ModuleShapeTests
{
    private static readonly string[] Layers = ["Domain", "Application", "Infrastructure"];

    public static TheoryData<string> Modules() => new(Platform.Modules);

    [Fact]
    public void Every_module_folder_is_a_module_of_the_platform()
    {
        var folders = Directory.EnumerateDirectories(ModuleProjectReferenceTests.ModulesFolder).Select(Path.GetFileName).OfType<string>();

        Assert.Equal(Platform.Modules.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_has_the_projects_Domain_Application_Infrastructure_and_optionally_IntegrationEvents(string module)
    {
        var folder = Path.Combine(ModuleProjectReferenceTests.ModulesFolder, module);
        var projects = Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'))
            .ToList();
        var expected = Layers.Append("IntegrationEvents").ToDictionary(layer => $"{layer}/{Platform.Prefix}.{module}.{layer}.csproj", layer => layer);

        ArchitectureAssert.NoViolations(
        [
            .. projects.Where(p => !expected.ContainsKey(p)).Select(p => $"{module}/{p} is not one of a module's projects"),
            .. Layers.Select(layer => $"{layer}/{Platform.Prefix}.{module}.{layer}.csproj").Where(p => !projects.Contains(p)).Select(p => $"{module}/{p} is missing"),
        ]);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Application_references_no_infrastructure_EF_Core_or_ASP_NET_Core(string module)
    {
        var application = Layer(module, "Application");

        ArchitectureAssert.NoViolations(application.GetReferencedAssemblies().Select(r => r.Name).OfType<string>()
            .Where(name => name.EndsWith(".Infrastructure", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .Select(name => $"{application.GetName().Name} references {name}"));
    }

    // Plain value types with no dependencies of their own: the building blocks' domain, and the WGS84 point and the Netherlands' bounds.
    private static readonly string[] DomainKernels = [$"{Platform.Prefix}.BuildingBlocks.Domain", $"{Platform.Prefix}.Platform.Geography"];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_references_only_the_building_blocks_domain_of_ours(string module)
    {
        var domain = Layer(module, "Domain");

        ArchitectureAssert.NoViolations(domain.GetReferencedAssemblies().Select(r => r.Name).OfType<string>()
            .Where(name => name.StartsWith($"{Platform.Prefix}.", StringComparison.Ordinal) && !DomainKernels.Contains(name))
            .Select(name => $"{domain.GetName().Name} references {name}"));
    }

    [Fact]
    public void The_audit_trail_every_module_records_to_depends_on_nothing_of_ours_and_only_the_audit_module_implements_it()
    {
        var auditing = Platform.Named($"{Platform.Prefix}.Platform.Auditing");
        ArchitectureAssert.NoViolations(auditing.GetReferencedAssemblies().Select(r => r.Name).OfType<string>()
            .Where(name => name.StartsWith($"{Platform.Prefix}.", StringComparison.Ordinal))
            .Select(name => $"{auditing.GetName().Name} references {name}"));

        var trail = auditing.GetTypes().Single(t => t.Name == "IAuditTrail");
        var implementations = Platform.Types.Where(t => t is { IsClass: true, IsAbstract: false } && trail.IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(implementations);
        ArchitectureAssert.NoViolations(implementations.Where(t => t.Assembly.GetName().Name != $"{Platform.Prefix}.Audit.Infrastructure")
            .Select(t => $"{t.FullName} implements IAuditTrail outside the Audit module"));
    }

    private static Assembly Layer(string module, string layer)
    {
        var name = $"{Platform.Prefix}.{module}.{layer}";
        return Assert.Single(Platform.Assemblies, a => a.GetName().Name == name);
    }
}
