using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using Npgsql;

namespace GeenKindDeBuurtUit.Benchmarks.Storage;

/// <summary>
/// The PostgreSQL server of a <c>--provider postgresql</c> run: the one <c>--postgresql</c> or
/// <c>GKDBU_TEST_POSTGRESQL</c> names (a role that may create databases), or else a private cluster
/// started through <c>.ci/postgresql</c> when Debian's server is installed. Every database the run
/// creates is dropped at the end, and a cluster it started is stopped.
/// </summary>
internal sealed class PostgreSqlServer : IAsyncDisposable
{
    private readonly string _server;
    private readonly string? _clusterFolder;
    private readonly string _root;
    private readonly List<string> _databases = [];

    private PostgreSqlServer(string server, string? clusterFolder, string root)
    {
        _server = server;
        _clusterFolder = clusterFolder;
        _root = root;
    }

    /// <summary>Where the server came from, for the report (never the connection string: it may hold a password).</summary>
    public string Origin
    {
        get
        {
            if (_clusterFolder is not null)
            {
                return "a private cluster on this machine started by .ci/postgresql (fsync, synchronous_commit and full_page_writes off)";
            }

            var server = new NpgsqlConnectionStringBuilder(_server);
            var local = server.Host is "127.0.0.1" or "localhost" or "::1" || server.Host?.StartsWith('/') == true;
            return $"the given server {server.Host}:{server.Port}{(local ? " on this machine" : string.Empty)}";
        }
    }

    public static async Task<PostgreSqlServer> OpenAsync(string? given, string root)
    {
        var server = given ?? Environment.GetEnvironmentVariable("GKDBU_TEST_POSTGRESQL");
        if (!string.IsNullOrWhiteSpace(server))
        {
            return new PostgreSqlServer(server, null, root);
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(d => File.Exists(Path.Combine(d, "bin", "initdb")));
        if (!installed)
        {
            throw new InvalidOperationException("--provider postgresql needs a server: --postgresql <connection string>, GKDBU_TEST_POSTGRESQL, or Debian's postgresql package for a private cluster.");
        }

        var folderFile = Path.GetTempFileName();
        try
        {
            var started = await ScriptAsync(root, [], new Dictionary<string, string>
            {
                ["GKDBU_POSTGRESQL_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["GKDBU_POSTGRESQL_FOLDER_FILE"] = folderFile,
            });
            var cluster = new PostgreSqlServer(started.Trim().Split('\n')[^1], File.ReadAllText(folderFile).Trim(), root);
            Console.WriteLine($"bench: {cluster.Origin}");
            return cluster;
        }
        finally
        {
            File.Delete(folderFile);
        }
    }

    /// <summary>A new empty database for one purpose of the run (the platform, recalculation, the ceiling).</summary>
    public async Task<Store> CreateDatabaseAsync(string purpose)
    {
        var name = $"gkdbu_bench_{purpose}_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        _databases.Add(name);
        return new Store(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(_server) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _databases)
        {
            // FORCE ends what a stopped host's background job may still hold.
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        if (_clusterFolder is not null)
        {
            await ScriptAsync(_root, ["stop", _clusterFolder], new Dictionary<string, string>());
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs <c>.ci/postgresql</c>: without arguments it starts a cluster, with <c>stop folder</c> it stops one.</summary>
    private static async Task<string> ScriptAsync(string root, string[] args, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(root, ".ci", "postgresql"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not run .ci/postgresql.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($".ci/postgresql {string.Join(' ', args)} failed with exit code {process.ExitCode}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
