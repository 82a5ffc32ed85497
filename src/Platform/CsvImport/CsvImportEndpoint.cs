using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GeenKindDeBuurtUit.Platform.CsvImport;

/// <summary>An endpoint that takes an import file: its declared body, and what it answers a body of another type.</summary>
public static class CsvImportEndpoint
{
    /// <summary>
    /// The body is <c>text/csv</c> (a 415 names it for any other type) and the format travels as
    /// metadata: the host's OpenAPI document describes the file, with its example, from it.
    /// </summary>
    public static RouteHandlerBuilder AcceptsCsv(this RouteHandlerBuilder builder, CsvImportFormat format) =>
        builder.Accepts<string>(CsvImportFormat.MediaType).WithMetadata(format);

    /// <summary><c>text/csv</c>, in UTF-8 when a charset is named.</summary>
    public static bool IsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
        && media.MediaType.Equals(CsvImportFormat.MediaType, StringComparison.OrdinalIgnoreCase)
        && (media.Charset.Length == 0 || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>An empty 415: the platform's problem details then say which type this operation takes.</summary>
    public static IResult UnsupportedMediaType() => TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
}
