using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Platform.Idempotency;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// A school system that opens cases with an Idempotency-Key and, when the answer does not come, sends
/// the same request with the same key to whichever host the load balancer picks next. The keys live
/// in the shared database, so the other host must answer as the first would have and never open a
/// second case (docs/adr/0016, 0019).
/// </summary>
internal sealed class KeyedRetries(string token, Guid schoolId)
{
    private const string Cases = "/api/v1/support-cases";
    private readonly List<KeyedCase> _cases = [];
    private readonly Dictionary<string, int> _outcomes = [];

    public string Summary => string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));

    /// <summary>
    /// Keyed requests to <paramref name="first"/> until it dies; each answered one is sent again to
    /// <paramref name="other"/>, which must replay it; the one the death cut off is retried there.
    /// </summary>
    public async Task RunUntilDeadAsync(HostProcess first, HostProcess other, DateTime until, CancellationToken stop)
    {
        using var dying = first.Client(token, TwoHostsTests.Patience);
        using var surviving = other.Client(token, TwoHostsTests.Patience);
        while (DateTime.UtcNow < until && !first.HasExited && !stop.IsCancellationRequested)
        {
            var request = NewRequest();
            HttpResponseMessage answer;
            try
            {
                answer = await SendAsync(dying, request, CancellationToken.None);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                await first.WaitForExitAsync(TimeSpan.FromSeconds(15));
                await SettleOnAsync(surviving, request, "cut off by the kill");
                return;
            }

            var caseId = PlatformApi.IdOf(await PlatformApi.ExpectAsync(answer, HttpStatusCode.Created));
            var replay = await SendAsync(surviving, request, CancellationToken.None);
            Assert.Equal(caseId, PlatformApi.IdOf(await PlatformApi.ExpectAsync(replay, HttpStatusCode.Created)));
            Assert.True(replay.Headers.Contains(IdempotencyMiddleware.ReplayedHeader), "the other host ran an answered request again instead of replaying it");
            Count("answered, replayed by the other host");
            _cases.Add(new KeyedCase(request.Key, request.PupilRef, caseId));
        }
    }

    /// <summary>
    /// The client gives up on <paramref name="first"/> after <paramref name="patience"/> (the request
    /// may or may not have reached the endpoint, or committed) and retries on <paramref name="other"/>.
    /// </summary>
    public async Task TimeOutAndRetryAsync(HostProcess first, HostProcess other, TimeSpan patience)
    {
        using var impatient = first.Client(token, TwoHostsTests.Patience);
        using var surviving = other.Client(token, TwoHostsTests.Patience);
        var request = NewRequest();
        using var cancel = new CancellationTokenSource(patience);
        try
        {
            using var answer = await SendAsync(impatient, request, cancel.Token);
            Count("answered within the timeout");
        }
        catch (OperationCanceledException)
        {
            // The client's timeout: whatever the first host did with it, the key knows.
        }

        await SettleOnAsync(surviving, request, $"timed out after {patience.TotalMilliseconds:0} ms");
    }

    /// <summary>Each key opened exactly one case, for its own pupil.</summary>
    public async Task<string> AssertOneCaseEachAsync(PlatformApi api)
    {
        var pupils = (await api.CasesAtAsync(schoolId)).GroupBy(c => c["pupilRef"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var keyed in _cases)
        {
            Assert.True(pupils.TryGetValue(keyed.PupilRef, out var cases) && cases.Count == 1, $"key {keyed.Key} opened {pupils.GetValueOrDefault(keyed.PupilRef)?.Count ?? 0} cases");
            Assert.Equal(keyed.CaseId, PlatformApi.IdOf(cases[0]));
        }

        return $"{_cases.Count} keys, one case each ({Summary})";
    }

    // Retries on the other host until it gives a final answer: while the first request's lease runs,
    // the key is in flight. The final answer is the case (run there or replayed), or "answer lost"
    // naming the case when the first host committed and died before storing its answer.
    private async Task SettleOnAsync(HttpClient other, KeyedRequest request, string cause)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var answer = await SendAsync(other, request, CancellationToken.None);
            var text = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode == HttpStatusCode.Conflict && text.Contains(IdempotencyProblems.InFlight, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
                continue;
            }

            var (caseId, how) = Final(answer, text);
            var again = await SendAsync(other, request, CancellationToken.None);
            var againText = await again.Content.ReadAsStringAsync();
            Assert.True(again.StatusCode == answer.StatusCode, $"the same key answered {(int)answer.StatusCode} and then {(int)again.StatusCode}: {againText}");
            Assert.Equal(caseId, Final(again, againText).CaseId);
            Count($"{cause}, {how}");
            _cases.Add(new KeyedCase(request.Key, request.PupilRef, caseId));
            return;
        }
    }

    private static (Guid CaseId, string How) Final(HttpResponseMessage answer, string text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text), $"a retry on the other host answered {(int)answer.StatusCode} with an empty body");
        var body = JsonNode.Parse(text)!.AsObject();
        if (answer.StatusCode == HttpStatusCode.Created)
        {
            return (PlatformApi.IdOf(body), answer.Headers.Contains(IdempotencyMiddleware.ReplayedHeader) ? "replayed by the other host" : "run by the other host");
        }

        Assert.True(
            answer.StatusCode == HttpStatusCode.Conflict && body["code"]?.GetValue<string>() == IdempotencyProblems.AnswerLost,
            $"a retry on the other host answered {(int)answer.StatusCode}: {text}");
        return (body["aggregateId"]!.GetValue<Guid>(), "answer lost, case named");
    }

    private KeyedRequest NewRequest() => new(
        Guid.NewGuid().ToString(),
        PlatformApi.NewPupil("keyed"),
        schoolId);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, KeyedRequest request, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Cases) { Content = new StringContent(request.Body, Encoding.UTF8, "application/json") };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Add(IdempotencyKeyHeader.Name, request.Key);
        return client.SendAsync(message, cancellationToken);
    }

    private void Count(string outcome) => _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;

    private sealed record KeyedRequest(string Key, string PupilRef, Guid SchoolId)
    {
        // One body, byte for byte, for every send of the key: the key's fingerprint is of the request.
        public string Body { get; } =
            $$"""{"schoolId":"{{SchoolId}}","pupilRef":"{{PupilRef}}","needs":["learning"],"level":3,"openedOn":"{{PlatformApi.Date(KillWorkload.Today.AddDays(-1))}}"}""";
    }
}

internal sealed record KeyedCase(string Key, string PupilRef, Guid CaseId);
