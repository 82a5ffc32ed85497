using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Recognises, on every provider, a write refused because another one stored the same key first.</summary>
public static class UniqueViolation
{
    // The kernel holds no SQLite package (docs/adr/0036), so SQLite's exception is read by name.
    private const string SqliteException = "Microsoft.Data.Sqlite.SqliteException";

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception is not DbUpdateConcurrencyException && exception.InnerException switch
    {
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,

        // PostgreSQL's unique_violation, through ADO.NET's own SqlState (Npgsql's PostgresException sets it).
        DbException { SqlState: "23505" } => true,

        // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE: extended codes of SQLITE_CONSTRAINT (19).
        DbException sqlite when sqlite.GetType().FullName == SqliteException =>
            sqlite.GetType().GetProperty("SqliteExtendedErrorCode")?.GetValue(sqlite) is 1555 or 2067,
        _ => false,
    };
}
