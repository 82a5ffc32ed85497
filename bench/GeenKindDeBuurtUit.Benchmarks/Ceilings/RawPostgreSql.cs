using System.Data.Common;
using GeenKindDeBuurtUit.Benchmarks.Storage;
using Npgsql;
using NpgsqlTypes;

namespace GeenKindDeBuurtUit.Benchmarks.Ceilings;

/// <summary>
/// Npgsql on a database of its own on the run's PostgreSQL server, with the server's settings as the
/// host meets them; guids as uuid, as the platform's PostgreSQL migrations store them.
/// </summary>
internal sealed class RawPostgreSql(Store database) : RawStorage
{
    public override string Engine => "PostgreSQL";

    protected override string CreateTable =>
        "create table if not exists cases (id uuid not null primary key, school_id uuid not null, pupil_ref text not null, payload text not null)";

    protected override string Select => "select id, school_id, pupil_ref, payload from cases where id = $1";

    protected override string Insert => "insert into cases (id, school_id, pupil_ref, payload) values ($1, $2, $3, $4)";

    protected override Task<DbConnection> OpenAsync() => database.OpenAsync();

    protected override DbParameter Parameter(DbCommand command, int index, bool isKey) =>
        new NpgsqlParameter { NpgsqlDbType = isKey ? NpgsqlDbType.Uuid : NpgsqlDbType.Text };

    protected override object Key(Guid id) => id;
}
