using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GeenKindDeBuurtUit.Testing;

/// <summary>
/// The tests read what is stored with plain SQL, written as SQLite sees the platform's tables
/// (<c>support_cases_outbox_messages</c>, bare column names, <c>$name</c> parameters, guids as
/// upper-case text). On the matrix's PostgreSQL the same statement is rewritten to the module's
/// schema, quoted column names and <c>@name</c> parameters (text ones of unknown type, so the server
/// reads a guid's text as a uuid where the column is one), so one assertion checks both engines.
/// </summary>
public static partial class TestSql
{
    private static readonly string[] Schemas =
        ["support_cases", "expertise_pool", "collective_budget", "monitoring", "neighbourhoods", "audit", "idempotency", "notifications", "facilities"];

    /// <summary>A connection to the platform's database on the engine of the matrix, open.</summary>
    public static async Task<DbConnection> OpenAsync(string connectionString)
    {
        DbConnection connection = TestProvider.OnPostgreSql ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A command of <paramref name="sql"/> in the engine's dialect, with its parameters.</summary>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = Dialect(sql);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = TestProvider.OnPostgreSql ? "@" + name.TrimStart('$', '@', ':') : name;
            parameter.Value = value;
            if (parameter is NpgsqlParameter { Value: string } text)
            {
                // Text of unknown type, as a literal in the statement would be: the server reads it as
                // the column's type, a uuid or a timestamp as well as a varchar (a key that looks like a guid).
                text.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>A value read back as SQLite's text of it: guids upper-case, as EF Core stores them there.</summary>
    public static string Text(object? value) => value switch
    {
        Guid id => id.ToString().ToUpperInvariant(),
        null or DBNull => string.Empty,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>The statement as the matrix's engine reads it; unchanged on SQLite.</summary>
    public static string Dialect(string sql) => TestProvider.OnPostgreSql ? ForPostgreSql(sql) : sql;

    /// <summary>The statement as PostgreSQL reads it, whatever engine the matrix runs: for tests that always run there.</summary>
    public static string ForPostgreSql(string sql)
    {
        // Only outside literals and quoted names: a type name or a status in quotes is data.
        var rewritten = new StringBuilder(sql.Length + 32);
        foreach (Match part in Parts().Matches(sql))
        {
            rewritten.Append(part.Value[0] is '\'' or '"' ? part.Value : Rewrite(part.Value));
        }

        return rewritten.ToString();
    }

    private static string Rewrite(string text)
    {
        text = HistoryTable().Replace(text, m => $"{m.Groups[1].Value}.\"__migrations\"");
        foreach (var schema in Schemas)
        {
            text = Regex.Replace(text, $@"\b{schema}_([a-z][a-z0-9_]*)\b", m => $"{schema}.{m.Groups[1].Value}");
        }

        text = Parameter().Replace(text, "@$1");
        return PascalCase().Replace(text, m => $"\"{m.Value}\"");
    }

    [GeneratedRegex(@"'(?:[^']|'')*'|""[^""]*""|[^'""]+")]
    private static partial Regex Parts();

    [GeneratedRegex(@"\b__([a-z][a-z_]*?)_migrations\b")]
    private static partial Regex HistoryTable();

    [GeneratedRegex(@"(?<![\w@])\$([A-Za-z_]\w*)")]
    private static partial Regex Parameter();

    // A column or table of the model: starts upper-case and has a lower-case letter (SQL keywords written in capitals do not).
    [GeneratedRegex(@"(?<![\w@.""])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\b")]
    private static partial Regex PascalCase();
}
