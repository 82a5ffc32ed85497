using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GeenKindDeBuurtUit.Monitoring.Api;

/// <summary>
/// Every monitoring read answers JSON, or CSV when the client asks for <c>text/csv</c> (and does
/// not prefer JSON): UTF-8 without a byte order mark, a header row, invariant culture (a decimal
/// point), dates as <c>yyyy-MM-dd</c>, booleans as <c>true</c>/<c>false</c>, nothing written for null.
/// </summary>
internal static class CsvAnswer
{
    public const string MediaType = "text/csv";

    public static IResult JsonOrCsv<T, TRow>(HttpRequest request, T body, Func<T, IEnumerable<TRow>> rows, Func<T, string> fileName) =>
        WantsCsv(request) ? new CsvFile<TRow>(rows(body), fileName(body)) : TypedResults.Ok(body);

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

    private sealed class CsvFile<TRow>(IEnumerable<TRow> rows, string fileName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            await using var text = new StringWriter(CultureInfo.InvariantCulture);
            await using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
            {
                csv.Context.RegisterClassMap(CamelCaseHeaders(csv));
                csv.WriteHeader<TRow>();
                await csv.NextRecordAsync();
                foreach (var row in rows)
                {
                    csv.WriteRecord(row);
                    await csv.NextRecordAsync();
                }
            }

            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = $"{MediaType}; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            await response.WriteAsync(text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), httpContext.RequestAborted);
        }

        // The header row names columns as the JSON names fields.
        private static ClassMap CamelCaseHeaders(CsvWriter csv)
        {
            var map = csv.Context.AutoMap<TRow>();
            foreach (var member in map.MemberMaps)
            {
                var name = member.Data.Member!.Name;
                member.Name(char.ToLowerInvariant(name[0]) + name[1..]);
            }

            return map;
        }
    }
}
