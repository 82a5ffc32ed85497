using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Testing.Contract;

namespace GeenKindDeBuurtUit.Host.Tests.Contract;

/// <summary>What must hold for every request a client can send, whatever is in it.</summary>
internal static class FuzzInvariants
{
    public const string ServerError = "5xx";
    public const string NotProblem = "error not application/problem+json";
    public const string IncompleteProblem = "problem without title, status or detail";
    public const string AcceptedInvalid = "2xx for a body the document calls invalid";

    public static async Task<IReadOnlyList<ContractViolation>> CheckAsync(HttpClient client, ContractDocument contract, FuzzCase fuzz)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), fuzz.Path);
        if (fuzz.Token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + fuzz.Token);
        }

        if (fuzz.Accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(fuzz.Accept));
        }

        if (fuzz.IdempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", fuzz.IdempotencyKey);
        }

        if (fuzz.Body is not null)
        {
            request.Content = new StringContent(fuzz.Body, Encoding.UTF8, fuzz.ContentType ?? "application/json");
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var found = new List<string>();
        if (status >= 500)
        {
            found.Add(ServerError);
        }

        if (status >= 400)
        {
            found.AddRange(ProblemShape(status, mediaType, text));
        }

        if (status is >= 200 and < 300 && !DocumentAllows(contract, fuzz))
        {
            found.Add(AcceptedInvalid);
        }

        var answer = $"{status} {mediaType ?? "(no content type)"} {FuzzCase.Excerpt(text, 300)}";
        return found.Select(kind => new ContractViolation(fuzz.Operation, status, kind, $"{fuzz} => {answer}")).ToList();
    }

    private static IEnumerable<string> ProblemShape(int status, string? mediaType, string text)
    {
        if (mediaType != "application/problem+json")
        {
            yield return NotProblem;
            yield break;
        }

        JsonObject? problem;
        try
        {
            problem = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            problem = null;
        }

        var complete = problem?["title"] is JsonValue title && title.TryGetValue<string>(out var t) && t.Length > 0
            && problem["status"] is JsonValue s && s.TryGetValue<int>(out var code) && code == status
            && problem["detail"] is JsonValue detail && detail.TryGetValue<string>(out var d) && d.Length > 0;
        if (!complete)
        {
            yield return IncompleteProblem;
        }
    }

    /// <summary>Whether the document calls the request body valid: its schema, its media type, and whether a body is required.</summary>
    public static bool DocumentAllows(ContractDocument contract, FuzzCase fuzz)
    {
        var operation = contract.Find(fuzz.Method, fuzz.Path.Split('?')[0]);
        var requestBody = operation?.Definition["requestBody"];
        if (operation is null || requestBody is null)
        {
            return true;
        }

        if (fuzz.Body is null)
        {
            return requestBody["required"]?.GetValue<bool>() != true;
        }

        if (requestBody["content"]?[fuzz.ContentType ?? ""] is null)
        {
            return false;
        }

        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(fuzz.Body);
        }
        catch (JsonException)
        {
            return false;
        }

        var pointer = $"/paths/{Escape(operation.Template)}/{operation.Method.ToLowerInvariant()}/requestBody/content/application~1json/schema";
        return contract.Evaluate(Json.Pointer.JsonPointer.Parse(pointer), instance).IsValid;
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
