using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// The host as production runs it: <c>dotnet GeenKindDeBuurtUit.Host.dll</c> in a process of its own,
/// on a database that outlives it (a SQLite file, or a PostgreSQL database other hosts may share).
/// Everything it writes is kept, so a failing test can show it.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;
    private readonly string _name;

    private HostProcess(Process process, ConcurrentQueue<string> output, string name, Uri address)
    {
        _process = process;
        _output = output;
        _name = name;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public string Name => _name;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output => string.Join(Environment.NewLine, _output);

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "GeenKindDeBuurtUit.Host.dll");

    /// <summary>
    /// Starts a host on the database and waits until it answers ready; <paramref name="environment"/>
    /// arms crash points or tunes options. With <paramref name="mayDieStarting"/> a host that dies
    /// before it is ready is returned (exited) instead of failing: an armed crash point may be
    /// reached by the work a restart picks up from the previous life. Without
    /// <paramref name="faultInjection"/> the host starts as production does, ignoring the variables.
    /// </summary>
    public static async Task<HostProcess> StartAsync(
        HostDatabase database, string name, IReadOnlyDictionary<string, string>? environment = null, bool mayDieStarting = false, bool faultInjection = true)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = database.Folder,
        };
        info.ArgumentList.Add(HostDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        if (faultInjection)
        {
            info.ArgumentList.Add(FaultInjection.Switch);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Database__Provider"] = database.Provider.ToString();
        info.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        foreach (var (key, value) in PlatformFactory.Keys)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // One admin token drives all the load: the per-caller rate limit is not what these tests are about.
        info.Environment["RateLimiting__PermitLimit"] = "1000000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__GeenKindDeBuurtUit"] = "Information";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        info.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        info.Environment.Remove(FaultInjection.KillVariable);
        info.Environment.Remove(FaultInjection.HangVariable);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Keep(output, name, "out", e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, name, "err", e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, output, name, new Uri($"http://127.0.0.1:{port}"));
        await host.WaitReadyAsync(mayDieStarting);
        return host;
    }

    public HttpClient Client(string? token = null, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>SIGKILL from outside: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await WaitForExitAsync(TimeSpan.FromSeconds(15));
    }

    /// <summary>SIGTERM, as an orchestrator stops a container: the host shuts down gracefully.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} failed with {kill.ExitCode}");
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await WaitForExitAsync(TimeSpan.FromSeconds(15));
        }

        _process.Dispose();
    }

    private async Task WaitReadyAsync(bool mayDie)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited && mayDie)
            {
                return;
            }

            if (_process.HasExited)
            {
                throw new HostFailedException($"{_name} exited with {_process.ExitCode} before it was ready", Output);
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(100);
        }

        throw new HostFailedException($"{_name} was not ready within {ReadyTimeout.TotalSeconds} s", Output);
    }

    private static void Keep(ConcurrentQueue<string> output, string name, string stream, string? line)
    {
        if (line is not null)
        {
            output.Enqueue($"[{name} {stream}] {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

internal sealed class HostFailedException(string message, string output) : Exception($"{message}{Environment.NewLine}--- host output ---{Environment.NewLine}{output}");
