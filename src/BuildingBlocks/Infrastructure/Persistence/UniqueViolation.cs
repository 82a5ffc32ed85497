using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Recognises, on both providers, a write refused because another one stored the same key first.</summary>
public static class UniqueViolation
{
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception is not DbUpdateConcurrencyException && exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
