using Xunit;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>A test that needs a PostgreSQL server: reported as skipped, with the reason, where none is configured.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestProvider.PostgreSqlMissing is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs a PostgreSQL server: reported as skipped, with the reason, where none is configured.</summary>
public sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    public PostgreSqlTheoryAttribute()
    {
        if (TestProvider.PostgreSqlMissing is { } reason)
        {
            Skip = reason;
        }
    }
}
