using Xunit;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// A test about SQLite itself (its write gate, its file, its query plans): on the matrix's
/// PostgreSQL run it is reported as skipped with the reason, so it neither fails nor passes unseen.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestProvider.SqliteOnly is { } reason)
        {
            Skip = reason;
        }
    }

    /// <param name="why">What about SQLite the test checks, added to the reason.</param>
    public SqliteFactAttribute(string why)
    {
        if (TestProvider.SqliteOnly is { } reason)
        {
            Skip = $"{reason}: {why}";
        }
    }
}

/// <summary>A theory about SQLite itself: skipped, with the reason, on the matrix's PostgreSQL run.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (TestProvider.SqliteOnly is { } reason)
        {
            Skip = reason;
        }
    }
}
