namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>The source tree the tests run from, found by walking up from the test output to the solution.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
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
