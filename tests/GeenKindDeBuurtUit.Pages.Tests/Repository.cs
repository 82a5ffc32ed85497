namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>The repository's root: the folder above the test binaries that holds the solution.</summary>
internal static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GeenKindDeBuurtUit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No GeenKindDeBuurtUit.sln above {start}");
    }
}
