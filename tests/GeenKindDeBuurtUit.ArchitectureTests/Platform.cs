using System.Reflection;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>Every assembly of the platform, loaded from the host's output (the host references every module).</summary>
internal static class Platform
{
    public const string Prefix = "GeenKindDeBuurtUit";

    public static readonly string[] Modules = ["Neighbourhoods", "SupportCases", "ExpertisePool", "CollectiveBudget", "Monitoring", "Audit", "Notifications", "Facilities"];

    public static IReadOnlyList<Assembly> Assemblies { get; } = Load();

    /// <summary>The module's projects, each named <c>GeenKindDeBuurtUit.&lt;Module&gt;.&lt;Layer&gt;</c>.</summary>
    public static IReadOnlyList<Assembly> OfModule(string module) =>
        Assemblies.Where(a => a.GetName().Name is { } name && name.StartsWith($"{Prefix}.{module}.", StringComparison.Ordinal)).ToList();

    public static Assembly Named(string name) => Assemblies.Single(a => a.GetName().Name == name);

    public static bool IsIntegrationEvents(Assembly assembly) => assembly.GetName().Name!.EndsWith(".IntegrationEvents", StringComparison.Ordinal);


    /// <summary>What another module may use of a module: its integration events, or its contracts (only Audit has them).</summary>
    public static bool IsOpenToOtherModules(Assembly assembly) => IsIntegrationEvents(assembly);

    /// <summary>The full names of an assembly's own top-level types; a dependency on a nested type starts with one of them.</summary>
    public static IEnumerable<string> TypeNames(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace?.StartsWith($"{Prefix}.", StringComparison.Ordinal) == true)
            .Select(t => t.FullName!);

    public static IEnumerable<Type> Types => Assemblies.SelectMany(a => a.GetTypes());

    private static List<Assembly> Load()
    {
        var names = new Queue<AssemblyName>([new AssemblyName($"{Prefix}.Host")]);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, $"{Prefix}.*.dll"))
        {
            names.Enqueue(AssemblyName.GetAssemblyName(file));
        }

        var loaded = new Dictionary<string, Assembly>();
        while (names.TryDequeue(out var name))
        {
            if (name.Name is not { } simple || !simple.StartsWith($"{Prefix}.", StringComparison.Ordinal)
                || simple.EndsWith("Tests", StringComparison.Ordinal) || loaded.ContainsKey(simple))
            {
                continue;
            }

            var assembly = Assembly.Load(name);
            loaded[simple] = assembly;
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                names.Enqueue(reference);
            }
        }

        return loaded.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
    }
}
