using System.Xml.Linq;

namespace GeenKindDeBuurtUit.ArchitectureTests;

public sealed class ModuleProjectReferenceTests
{
    internal static readonly string Root = Repository.Root;
    internal static readonly string ModulesFolder = Path.Combine(Root, "src", "Modules");

    public static TheoryData<string> ModuleProjects()
    {
        var projects = Directory.EnumerateFiles(ModulesFolder, "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(projects.Count >= Platform.Modules.Length * 3, "every module has at least its three layers");
        return new TheoryData<string>(projects);
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_project_references_another_module_only_through_its_integration_events_or_contracts_project(string project)
    {
        var path = Path.Combine(Root, project);
        var module = ModuleOf(path);
        var references = XDocument.Load(path).Descendants("ProjectReference")
            .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, r.Attribute("Include")!.Value.Replace('\\', '/'))));

        ArchitectureAssert.NoViolations(references
            .Where(reference => ModuleOf(reference) is { } other && other != module)
            .Where(reference => !reference.EndsWith(".IntegrationEvents.csproj", StringComparison.Ordinal))
            .Select(reference => $"{project} references {Path.GetRelativePath(Root, reference)}"));
    }

    private static string? ModuleOf(string path)
    {
        var relative = Path.GetRelativePath(ModulesFolder, path).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) ? null : relative.Split('/')[0];
    }
}
