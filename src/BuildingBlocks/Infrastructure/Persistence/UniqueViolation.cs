using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Recognises, on both providers, a write refused because another one stored the same key first.</summary>
public static class UniqueViolation
{
    /// <summary>SQLITE_CONSTRAINT, which SQLite's client carries as the exception's error code.</summary>
    private const int SqliteConstraint = 19;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception is not DbUpdateConcurrencyException && exception.InnerException switch
    {
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,

        // The kernel holds no SQLite package (docs/adr/0036). SQLite words a primary-key and a unique
        // violation alike, and unlike its other constraints (NOT NULL, FOREIGN KEY, CHECK).
        DbException { ErrorCode: SqliteConstraint } sqlite => sqlite.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal),
        _ => false,
    };
}
