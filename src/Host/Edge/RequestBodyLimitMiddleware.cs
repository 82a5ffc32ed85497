using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.Host.Edge;

/// <summary>
/// Request bodies above <c>Limits:MaxRequestBodyBytes</c> get 413 problem details before any
/// endpoint reads them. A declared length is checked at once; a chunked body is read up to the
/// limit, so no server-specific limit has to throw halfway through model binding.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, long maxBytes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is { } length)
        {
            if (length > maxBytes)
            {
                await RefuseAsync(context);
                return;
            }
        }
        else if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            var buffered = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffered.Length + read > maxBytes)
                {
                    await RefuseAsync(context);
                    return;
                }

                buffered.Write(chunk, 0, read);
            }

            buffered.Position = 0;
            request.Body = buffered;
            context.Response.RegisterForDispose(buffered);
        }

        await next(context);
    }

    private Task RefuseAsync(HttpContext context) =>
        ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
            $"A request body holds at most {maxBytes} bytes.");
}
