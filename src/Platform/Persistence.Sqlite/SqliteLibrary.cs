using SQLitePCL;

namespace GeenKindDeBuurtUit.Platform.Persistence.Sqlite;

/// <summary>
/// Process-wide settings of the SQLite library, which it takes only before its first connection
/// opens (docs/adr/0071). SQLite counts every allocation it makes for <c>sqlite3_memory_used</c>
/// under one global mutex; nothing here reads that count, and under load the requests' threads
/// queued on that mutex for every row they read.
/// </summary>
internal static class SqliteLibrary
{
    private static readonly Lazy<int> Configured = new(() =>
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    });

    /// <returns>SQLite's answer: <c>SQLITE_OK</c>, or <c>SQLITE_MISUSE</c> when a connection of this process opened first (the setting then stays as it was).</returns>
    public static int Configure() => Configured.Value;
}
