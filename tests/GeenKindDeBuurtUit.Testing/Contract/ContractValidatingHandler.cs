namespace GeenKindDeBuurtUit.Testing.Contract;

/// <summary>
/// Sits in every test client of the platform: each answer under /api/v1 is checked against the
/// served OpenAPI document, and an answer the document does not describe fails the test that got
/// it. Integrators generate clients from that document, so a passing suite must mean it is true.
/// </summary>
/// <param name="reportOnly">Log the violations and let the test go on (see <see cref="ReportOnly"/>).</param>
public sealed class ContractValidatingHandler(Func<Task<ContractDocument>> document, bool reportOnly = false) : DelegatingHandler
{
    public const string SwitchVariable = "CONTRACT_VALIDATION";

    /// <summary>On unless <c>CONTRACT_VALIDATION=off</c>: a way to see a test's own failure first, never for CI.</summary>
    public static bool Enabled => Mode != "off";

    /// <summary>
    /// <c>report</c> only logs (with <c>CONTRACT_VIOLATIONS_LOG</c>) and lets the test go on, so one
    /// run lists every violation and not just each test's first; CI never sets it.
    /// </summary>
    public static bool ReportOnly => Mode == "report";

    private static string Mode => Environment.GetEnvironmentVariable(SwitchVariable)?.Trim().ToLowerInvariant() ?? "on";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (!path.StartsWith("/api/v1/", StringComparison.Ordinal))
        {
            return response;
        }

        // Buffered, so the test can still read the body the check has read.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var answer = new ContractAnswer(
            request.Method.Method,
            path,
            (int)response.StatusCode,
            response.Headers.Select(h => h.Key).Concat(response.Content.Headers.Select(h => h.Key)).ToList(),
            response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync(cancellationToken));
        var violations = ContractCheck.Check(await document(), answer);
        if (violations.Count == 0)
        {
            return response;
        }

        ContractViolationLog.Write(violations);
        if (reportOnly)
        {
            return response;
        }

        response.Dispose();
        throw new ContractViolationException(violations);
    }
}
