using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeenKindDeBuurtUit.Host.Edge;

internal static class ProblemDetailsRegistration
{
    /// <summary>
    /// Problem details with <c>traceId</c>, written as JSON whatever <c>Accept</c> says: the JSON
    /// writer is the only one, so nothing that writes a problem (the exception handler, status code
    /// pages, <c>Results.Problem</c>, the edge's middleware) can fall back to another format.
    /// </summary>
    public static IServiceCollection AddJsonProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;

            // What a conflict points to (the record already there) rides on its exception; the status comes from the one mapping.
            if (context.Exception is ConflictException conflict)
            {
                foreach (var (name, value) in conflict.Extensions)
                {
                    context.ProblemDetails.Extensions[name] = value;
                }
            }
        });
        services.RemoveAll<IProblemDetailsWriter>();
        services.AddSingleton<IProblemDetailsWriter, JsonProblemDetailsWriter>();
        return services;
    }
}
