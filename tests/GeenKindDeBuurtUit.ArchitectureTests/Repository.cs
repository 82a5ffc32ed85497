namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>The source tree the tests were built from, for rules that read project files rather than assemblies.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GeenKindDeBuurtUit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("GeenKindDeBuurtUit.sln not found above the test output.");
    }
}
