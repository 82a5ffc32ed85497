using System.Globalization;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Api;

/// <summary>
/// Every monitoring read answers JSON, or CSV when the client asks for <c>text/csv</c> (and does
/// not prefer JSON), written as every export is (<see cref="CsvExport"/>): dates as
/// <c>yyyy-MM-dd</c>, booleans as <c>true</c>/<c>false</c>, nothing written for null.
/// </summary>
internal static class CsvAnswer
{
    public const string MediaType = CsvExport.MediaType;

    public static IResult JsonOrCsv<T, TRow>(HttpRequest request, T body, Func<T, IEnumerable<TRow>> rows, Func<T, string> fileName) =>
        WantsCsv(request) ? CsvExport.File(rows(body), fileName(body)) : TypedResults.Ok(body);

    public static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Text(bool? value) => value is { } b ? (b ? "true" : "false") : null;

    private static bool WantsCsv(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double Quality(params string[] types) =>
            accepted.Where(a => types.Contains(a.MediaType.Value, StringComparer.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var csv = Quality(MediaType);
        return csv > 0 && csv >= Quality("application/json");
    }
}
