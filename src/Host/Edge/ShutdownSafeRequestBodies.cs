using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GeenKindDeBuurtUit.Host.Edge;

/// <summary>
/// Lets a request whose body is still arriving finish when the host shuts down gracefully. Kestrel
/// wakes every connection on SIGTERM with a cancelled read; it hides that from the request body
/// unless the body's reader examined more than it consumed, and System.Text.Json's PipeReader
/// deserialiser does exactly that while it waits for the rest of a JSON document: the request then
/// fails with "PipeReader.ReadAsync was canceled" and a 500 (dotnet/aspnetcore#19476; found by the
/// crash tests, docs/adr/0017). Reading the body through its stream consumes what it examines, so
/// Kestrel can hide the wake-up.
/// </summary>
internal static class ShutdownSafeRequestBodies
{
    public static IApplicationBuilder UseShutdownSafeRequestBodies(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Features.Set<IRequestBodyPipeFeature>(new RequestBodyPipeFeature(context));
            return next(context);
        });
}
