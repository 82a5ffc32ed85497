using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GeenKindDeBuurtUit.Platform.CsvImport;

/// <summary>An endpoint that takes an import file: its declared body, and what it answers a body of another type.</summary>
public static class CsvImportEndpoint
{
    /// <summary>
    /// The format travels as metadata: the host's OpenAPI document describes the body from it.
    /// Not as accepted content types: routing would then answer another type with a 415 of its own,
    /// before the audit trail and without saying what this operation takes.
    /// </summary>
    public static RouteHandlerBuilder AcceptsCsv(this RouteHandlerBuilder builder, CsvImportFormat format) => builder.WithMetadata(format);

    /// <summary>An operation that takes the same import as a JSON body of <typeparamref name="TJson"/> or as a file; the endpoint reads either.</summary>
    public static RouteHandlerBuilder AcceptsCsvOrJson<TJson>(this RouteHandlerBuilder builder, CsvImportFormat format) =>
        builder.WithMetadata(format, new CsvImportJsonBody(typeof(TJson)));

    /// <summary><c>application/json</c>, whatever its parameters.</summary>
    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media) && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>text/csv</c>, in UTF-8 when a charset is named.</summary>
    public static bool IsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
        && media.MediaType.Equals(CsvImportFormat.MediaType, StringComparison.OrdinalIgnoreCase)
        && (media.Charset.Length == 0 || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>415, naming the type this operation takes and the one it was sent.</summary>
    public static IResult UnsupportedMediaType(HttpRequest request, bool orJson = false) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            detail: $"This operation takes a body of type {(orJson ? "application/json or " : string.Empty)}{CsvImportFormat.MediaType} (UTF-8); the request had "
                + (string.IsNullOrEmpty(request.ContentType) ? "no Content-Type." : $"Content-Type '{request.ContentType}'."));
}

/// <summary>The JSON body an import also takes, for the document to describe beside the file.</summary>
public sealed record CsvImportJsonBody(Type Type);
