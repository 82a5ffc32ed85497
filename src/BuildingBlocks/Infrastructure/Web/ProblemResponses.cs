using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>Problem details written by middleware that answers before any endpoint runs.</summary>
public static class ProblemResponses
{
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }

    public static Task WriteAsync(HttpContext context, int status, string title, string? detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return WriteAsync(context, problem);
    }

    /// <summary>400 naming the field (here usually a header), as the contract writes invalid input.</summary>
    public static Task WriteInvalidAsync(HttpContext context, string field, string message) =>
        WriteAsync(context, new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
        });
}
