namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

public static class SqlStatements
{
    /// <summary>Whether a statement run as a query writes: EF's <c>INSERT … RETURNING</c> and the like.</summary>
    public static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("MERGE", StringComparison.OrdinalIgnoreCase);
    }
}
