using GeenKindDeBuurtUit.Host.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Edge;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the request's <c>Accept</c>
/// says (docs/adr/0028). ASP.NET Core's own writer declines a client that asks only for CSV or
/// XML, and with no writer left an error became a 500 or a plain-text page.
/// </summary>
internal sealed class JsonProblemDetailsWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        ProblemDefaults.Apply(http, context.ProblemDetails);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        ProblemLanguage.Localize(http, context.ProblemDetails);
        var problem = context.ProblemDetails;
        var typeInfo = json.Value.SerializerOptions.GetTypeInfo(problem.GetType());
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, typeInfo, ContentType, http.RequestAborted));
    }
}
