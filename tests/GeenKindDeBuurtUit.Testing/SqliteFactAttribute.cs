using Xunit;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// A test of how SQLite in particular behaves (a plan its planner picks, its file): reported as skipped,
/// with the reason given, when the matrix runs on another engine.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string why)
    {
        if (TestProvider.OnPostgreSql)
        {
            Skip = $"SQLite only: {why}";
        }
    }
}
