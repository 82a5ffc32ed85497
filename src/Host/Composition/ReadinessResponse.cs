using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeenKindDeBuurtUit.Host.Composition;

/// <summary>
/// /health/ready's answer: the status, and per check what it found (the database engine and its
/// version among it), for an operator or an orchestrator's log. An orchestrator reads only the status code.
/// </summary>
internal static class ReadinessResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var answer = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, data = entry.Value.Data }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, answer, cancellationToken: context.RequestAborted);
    }
}
