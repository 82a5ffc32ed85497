using System.Reflection;
using GeenKindDeBuurtUit.Benchmarks.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// The folder of a data set: <c>platform.db</c> and <c>manifest.json</c>. With <c>--data</c> it is
/// kept between runs and measuring works on a copy, so every run starts from the same data (the
/// load spends prepared cases and the propagation run withdraws referrals); otherwise it is the
/// run's temporary folder. On PostgreSQL the database is one the run created on the server (never kept),
/// and the folder holds only the manifest.
/// </summary>
internal sealed class DataSet(string folder, bool kept, Store? database = null)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public bool Kept { get; } = kept;

    public string DatabaseFile => Path.Combine(Folder, "platform.db");

    public string ManifestFile => Path.Combine(Folder, "manifest.json");

    public Store Store { get; } = database ?? Store.Sqlite(Path.Combine(Path.GetFullPath(folder), "platform.db"));

    /// <summary>The manifest of the data set to build or go on with; refuses a folder that holds other data.</summary>
    public Manifest Open(Manifest wanted)
    {
        Directory.CreateDirectory(Folder);
        var existing = Manifest.Read(ManifestFile);
        if (existing is null)
        {
            if (File.Exists(DatabaseFile))
            {
                throw new InvalidOperationException($"{DatabaseFile} has no manifest.json beside it, so what it holds is unknown. Use an empty --data folder.");
            }

            wanted.Write(ManifestFile);
            return wanted;
        }

        if (existing.Mismatch(wanted) is { } why)
        {
            throw new InvalidOperationException($"The data set in {Folder} does not fit this run: {why}. Use another --data folder, or delete this one to build it anew.");
        }

        return existing;
    }

    public void Save(Manifest manifest) => manifest.Write(ManifestFile);

    /// <summary>A copy of the seeded database for one measuring run.</summary>
    public string CopyFor(string runFolder)
    {
        var copy = Path.Combine(runFolder, "platform.db");
        File.Copy(DatabaseFile, copy, overwrite: true);
        return copy;
    }

    /// <summary>Folds the write-ahead log into the database file, so the file alone holds everything (for a copy, and at rest).</summary>
    public void Checkpoint()
    {
        if (Store.OnPostgreSql)
        {
            return;
        }

        using (var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The last migration of each module context in this build, read from the SQLite migrations assembly.</summary>
    public static SortedDictionary<string, string> CodeMigrations()
    {
        var assembly = Assembly.Load("GeenKindDeBuurtUit.Migrations.Sqlite");
        var latest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (type.GetCustomAttribute<MigrationAttribute>() is { } migration && type.GetCustomAttribute<DbContextAttribute>() is { } context)
            {
                var name = context.ContextType.Name;
                if (!latest.TryGetValue(name, out var id) || string.CompareOrdinal(migration.Id, id) > 0)
                {
                    latest[name] = migration.Id;
                }
            }
        }

        return latest;
    }
}
