namespace GeenKindDeBuurtUit.Host.Pages.Shared;

/// <summary>The pages' language: Dutch unless the reader chose English (cookie <see cref="Cookie"/>, set by POST /app/taal).</summary>
public sealed record PageLanguage(string Code)
{
    public const string Cookie = "gkdbu.taal";

    public static readonly PageLanguage Dutch = new("nl");
    public static readonly PageLanguage English = new("en");

    public bool IsDutch => Code == Dutch.Code;

    public static PageLanguage Of(HttpContext context) => Parse(context.Request.Cookies[Cookie]) ?? Dutch;

    public static PageLanguage? Parse(string? code) => code switch
    {
        "nl" => Dutch,
        "en" => English,
        _ => null,
    };
}
