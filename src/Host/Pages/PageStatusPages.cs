using Microsoft.AspNetCore.Diagnostics;

namespace GeenKindDeBuurtUit.Host.Pages;

/// <summary>
/// Inside /app, an answer of 400-599 without a body of its own (a challenge, a forbid, an antiforgery refusal, an
/// unknown path, a refusal of a page model) gets the error page /app/fout/{status}, with the status kept. It runs
/// the rest of the pipeline again with the error page's endpoint set, as the status code pages' re-execution would;
/// that re-execution does not route again inside a branch of the pipeline, so the endpoint is chosen here.
/// </summary>
internal sealed class PageStatusPages(RequestDelegate next, EndpointDataSource endpoints)
{
    public const string ErrorPage = "/App/Fout";

    private Endpoint? _errorPage;

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var response = context.Response;
        if (response.StatusCode is < 400 or > 599 || response.HasStarted || response.ContentLength.HasValue
            || !string.IsNullOrEmpty(response.ContentType) || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        var status = response.StatusCode;
        var request = context.Request;
        var (path, query, endpoint, values) = (request.Path, request.QueryString, context.GetEndpoint(), request.RouteValues);
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPathBase = request.PathBase.Value ?? string.Empty,
            OriginalPath = path.Value ?? string.Empty,
            OriginalQueryString = query.HasValue ? query.Value : null,
            Endpoint = endpoint,
            RouteValues = values,
        });
        context.SetEndpoint(_errorPage ??= endpoints.Endpoints.Single(e => e.DisplayName == ErrorPage));
        request.RouteValues = new() { ["page"] = ErrorPage, ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        request.Path = $"/app/fout/{status}";
        request.QueryString = QueryString.Empty;
        try
        {
            await next(context);
        }
        finally
        {
            request.Path = path;
            request.QueryString = query;
            context.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    }
}
