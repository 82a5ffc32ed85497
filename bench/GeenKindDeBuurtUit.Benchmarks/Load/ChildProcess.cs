using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GeenKindDeBuurtUit.Benchmarks.Load;

/// <summary>
/// A server the benchmark starts as its own process (the host, or the bare Kestrel ceiling), the same
/// way for both: <c>dotnet exec app.dll</c> on a free loopback port. Its output goes to a log file; its
/// memory is sampled from /proc while it runs.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly CancellationTokenSource _stopSampling = new();
    private readonly Task _sampler;

    private ChildProcess(Process process, StreamWriter log, string baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        _sampler = SampleMemoryAsync(_stopSampling.Token);
    }

    public string BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>The largest anonymous (private) resident memory seen, in bytes.</summary>
    public long PeakPrivateBytes { get; private set; }

    public static async Task<ChildProcess> StartAsync(string dll, IEnumerable<string> args, string logFile, string readyPath, IDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var baseAddress = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add($"--urls={baseAddress}");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {dll}.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var child = new ChildProcess(process, log, baseAddress);
        await child.WaitReadyAsync(readyPath, logFile);
        return child;
    }

    /// <summary>The kernel's own high-water mark of resident memory (VmHWM), in bytes.</summary>
    public long PeakWorkingSetBytes() => StatusValue("VmHWM");

    public async ValueTask DisposeAsync()
    {
        await _stopSampling.CancelAsync();
        await _sampler;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    private async Task WaitReadyAsync(string readyPath, string logFile)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The process exited with {_process.ExitCode} before it was ready; see {logFile}.");
            }

            try
            {
                if ((await http.GetAsync(BaseAddress + readyPath)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the client's timeout.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{BaseAddress}{readyPath} was not ready within 5 minutes; see {logFile}.");
    }

    private async Task SampleMemoryAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var anonymous = StatusValue("RssAnon");
            PeakPrivateBytes = Math.Max(PeakPrivateBytes, anonymous);
            try
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private long StatusValue(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                {
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has gone, or this is not Linux: no figure rather than a wrong one.
        }

        return 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
