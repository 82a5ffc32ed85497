using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>A browser's view of the pages without a browser: cookies kept, redirects seen, forms posted with their antiforgery token.</summary>
internal static partial class PageClients
{
    public static HttpClient Browser(this WebApplicationFactory<Program> host, string baseAddress = "http://localhost") =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string FormToken(string html) =>
        TokenInput().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new Xunit.Sdk.XunitException("The page has no antiforgery token:\n" + html);

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var values = token is null ? fields : fields.Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>Fills the Development sign-in form as a person would; answers the form's own answer (a redirect when accepted).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string subject, IEnumerable<string> roles, string schools = "", string boards = "", string? returnUrl = null)
    {
        var form = await client.GetStringAsync("/app/aanmelden");
        var fields = new List<KeyValuePair<string, string>> { new("Sub", subject), new("Schools", schools), new("Boards", boards) };
        fields.AddRange(roles.Select(role => new KeyValuePair<string, string>("Roles", role)));
        if (returnUrl is not null)
        {
            fields.Add(new("ReturnUrl", returnUrl));
        }

        return await client.PostFormAsync("/app/aanmelden", fields, FormToken(form));
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : string.Empty;

    public static IReadOnlyList<string> SetCookies(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
