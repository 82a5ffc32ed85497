using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GeenKindDeBuurtUit.Host.Localization;

/// <summary>
/// A problem's words in the language the client prefers (docs/adr/0057): Dutch when
/// <c>Accept-Language</c> ranks <c>nl</c> or <c>nl-*</c> above English, English otherwise. Only the
/// words change: <c>code</c>, the field keys in <c>errors</c> and the status stay as they are, so
/// a client that acts on them works the same in either language.
/// </summary>
internal static class ProblemLanguage
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static void Localize(HttpContext context, ProblemDetails problem)
    {
        var dutch = PrefersDutch(context.Request.Headers.AcceptLanguage);
        if (!context.Response.HasStarted)
        {
            context.Response.Headers.ContentLanguage = dutch ? Dutch : English;
            if (!context.Response.Headers.Vary.Any(v => v?.Contains(HeaderNames.AcceptLanguage, StringComparison.OrdinalIgnoreCase) == true))
            {
                context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            }
        }

        if (!dutch)
        {
            return;
        }

        var catalogue = DutchCatalogue.Instance;
        problem.Title = problem.Title is { } title ? catalogue.Translate(title) ?? title : null;
        problem.Detail = problem.Detail is { } detail ? catalogue.Translate(detail) ?? detail : null;
        if (problem is HttpValidationProblemDetails invalid)
        {
            foreach (var field in invalid.Errors.Keys.ToList())
            {
                invalid.Errors[field] = [.. invalid.Errors[field].Select(message => catalogue.Translate(message) ?? message)];
            }
        }
    }

    /// <summary>
    /// The ranges by quality, the header's order breaking ties (RFC 9110 12.5.4): the first that is
    /// Dutch or English decides; a language the API does not speak is passed over; <c>*</c> and a
    /// header that does not parse mean English, the API's own language.
    /// </summary>
    public static bool PrefersDutch(StringValues acceptLanguage)
    {
        if (StringValues.IsNullOrEmpty(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList([.. acceptLanguage.OfType<string>()], out var ranges))
        {
            return false;
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var language = range.Value.Value ?? string.Empty;
            if (Is(language, Dutch))
            {
                return true;
            }

            if (Is(language, English) || language == "*")
            {
                return false;
            }
        }

        return false;
    }

    private static bool Is(string range, string language) =>
        range.Equals(language, StringComparison.OrdinalIgnoreCase)
        || (range.Length > language.Length && range[language.Length] == '-' && range.StartsWith(language, StringComparison.OrdinalIgnoreCase));
}
