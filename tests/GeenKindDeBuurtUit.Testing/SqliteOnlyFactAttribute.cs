using Xunit;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// A test of something only SQLite has (its migration history, its file locks): reported as
/// skipped, with <paramref name="reason"/>, when the matrix runs on another engine.
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestProvider.Current != BuildingBlocks.Infrastructure.Persistence.DatabaseProvider.Sqlite)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}
