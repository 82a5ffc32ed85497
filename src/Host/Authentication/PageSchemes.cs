namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// Who authenticates what: the pages under <see cref="Base"/> by their session cookie, everything else (the API above
/// all) by a bearer token only, so a browser's cookie can never act on the API (docs/adr/0054).
/// </summary>
internal static class PageSchemes
{
    /// <summary>The default scheme: forwards to the cookie under <see cref="Base"/> and to the bearer scheme elsewhere.</summary>
    public const string Platform = "platform";

    public const string Cookie = "pages";

    public const string OpenIdConnect = "oidc";

    public static readonly PathString Base = "/app";

    /// <summary>A working day, as the <c>token</c> command's longest token: a session never outlives it.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static string Select(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Base) ? Cookie : Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme;
}
