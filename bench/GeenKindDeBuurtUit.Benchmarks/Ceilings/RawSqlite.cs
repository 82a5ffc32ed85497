using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace GeenKindDeBuurtUit.Benchmarks.Ceilings;

/// <summary>
/// Microsoft.Data.Sqlite on a file of the run's folder with the host's pragmas (WAL, busy_timeout 30 s,
/// synchronous NORMAL, as SqlitePragmaInterceptor sets them); guids as upper-case text, as EF Core stores them.
/// </summary>
internal sealed class RawSqlite(string folder) : RawStorage
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString = $"Data Source={Path.Combine(folder, "ceiling.db")};Default Timeout=30";

    public override string Engine => "SQLite";

    protected override string CreateTable =>
        "create table if not exists cases (Id text not null primary key, SchoolId text not null, PupilRef text not null, Payload text not null)";

    protected override string Select => "select Id, SchoolId, PupilRef, Payload from cases where Id = $p0";

    protected override string Insert => "insert into cases (Id, SchoolId, PupilRef, Payload) values ($p0, $p1, $p2, $p3)";

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    protected override DbParameter Parameter(DbCommand command, int index, bool isKey) => new SqliteParameter($"$p{index}", SqliteType.Text);

    protected override object Key(Guid id) => id.ToString().ToUpperInvariant();
}
