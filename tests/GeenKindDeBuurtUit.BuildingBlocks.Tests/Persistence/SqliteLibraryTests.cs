using GeenKindDeBuurtUit.Platform.Persistence.Sqlite;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>SQLite keeps no allocation statistics, whose global mutex every row read queued on (docs/adr/0071).</summary>
public sealed class SqliteLibraryTests
{
    [SqliteFact]
    public async Task Sqlite_counts_no_allocations_once_configured_before_its_first_connection()
    {
        // The setting is the process's, taken once: whichever came first here, the platform or a
        // test's own connection, decides it, and the answer says which.
        Batteries_V2.Init();
        var highWaterBefore = raw.sqlite3_memory_highwater(0);
        var answer = SqliteLibrary.Configure();

        await using (var connection = new SqliteConnection("Data Source=:memory:"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (v TEXT); INSERT INTO t SELECT hex(randomblob(512)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n);";
            await command.ExecuteNonQueryAsync();
        }

        if (answer == raw.SQLITE_OK)
        {
            Assert.Equal(0, raw.sqlite3_memory_highwater(0));
        }
        else
        {
            Assert.Equal(raw.SQLITE_MISUSE, answer);
            Assert.True(highWaterBefore > 0, "SQLite refused the setting although no connection had allocated anything");
        }
    }
}
