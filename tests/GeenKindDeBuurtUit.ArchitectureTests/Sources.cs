using System.Collections.Concurrent;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>The repository's source files, for the rules reflection cannot see (where a type is written, what a method body does).</summary>
internal static class Sources
{
    public static string Root => Repository.Root;

    /// <summary>Every hand-written C# file of the modules, as a path relative to the repository root with forward slashes.</summary>
    public static IReadOnlyList<string> ModuleFiles { get; } = Directory
        .EnumerateFiles(Path.Combine(Root, "src", "Modules"), "*.cs", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
        .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    public static string Read(string relativePath) => Texts.GetOrAdd(relativePath, p => File.ReadAllText(Path.Combine(Root, p)));

    /// <summary>The module a file belongs to: the folder under src/Modules.</summary>
    public static string ModuleOf(string relativePath) => relativePath.Split('/')[2];
}
