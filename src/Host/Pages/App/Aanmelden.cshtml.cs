using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Identity = GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// Signing in to the pages (docs/adr/0054). With an identity provider: a link that starts the code flow. On a
/// developer machine with a signing key: a form that picks a name, roles, schools and boards like the <c>token</c>
/// command, issues such a token and signs in with what the API would read from it. Elsewhere the form does not exist.
/// </summary>
[LocalSignInOnly]
public sealed class AanmeldenModel : PageBase
{
    [BindProperty]
    public string? Sub { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public string? Schools { get; set; }

    [BindProperty]
    public string? Boards { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> AllRoles => Identity.Roles.All;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool LocalForm => LocalSignInOnlyAttribute.Allowed(HttpContext);

    public bool Provider => HttpContext.RequestServices.GetRequiredService<AuthSettings>().PagesUseOpenIdConnect;

    public void OnGet()
    {
    }

    /// <summary>GET /app/aanmelden?handler=provider: off to the identity provider, and back to where the reader was going.</summary>
    public IActionResult OnGetProvider() =>
        Provider ? Challenge(new AuthenticationProperties { RedirectUri = Destination() }, PageSchemes.OpenIdConnect) : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var schools = Ids(Schools, nameof(Schools), Words.Schools);
        var boards = Ids(Boards, nameof(Boards), Words.Boards);
        if (string.IsNullOrWhiteSpace(Sub))
        {
            Errors[nameof(Sub)] = Words.SubjectRequired;
        }

        if (Roles.Count == 0 || Roles.Any(role => !Identity.Roles.All.Contains(role)))
        {
            Errors[nameof(Roles)] = Words.RoleRequired;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var auth = HttpContext.RequestServices.GetRequiredService<AuthSettings>();
        var now = DateTimeOffset.UtcNow;
        var token = TokenIssuer.Issue(auth, new TokenRequest(Sub!.Trim(), [.. Roles.Distinct()], schools, boards, PageSchemes.SessionLifetime), now);
        var bearer = HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var session = await PagePrincipal.FromAccessTokenAsync(token, bearer, HttpContext.RequestAborted)
            ?? throw new InvalidOperationException("The host refused a token it signed itself: the bearer validation and the signing key disagree.");
        await HttpContext.SignInAsync(PageSchemes.Cookie, session.Principal, new AuthenticationProperties
        {
            IsPersistent = false,
            ExpiresUtc = PageSignIn.Earliest(session.Expires, now + PageSchemes.SessionLifetime),
        });
        return LocalRedirect(Destination());
    }

    private string Destination() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : PageSchemes.Base.Value!;

    private List<Guid> Ids(string? text, string field, string label)
    {
        var ids = new List<Guid>();
        foreach (var part in (text ?? string.Empty).Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Guid.TryParse(part, out var id))
            {
                Errors[field] = Words.IdsInvalid(label);
                return [];
            }

            ids.Add(id);
        }

        return ids;
    }
}

/// <summary>
/// The local form answers a POST only in Development and with the host's own signing key; elsewhere a POST is
/// 404 before anything else (antiforgery included) looks at it, as if the form never existed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LocalSignInOnlyAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public static bool Allowed(HttpContext context) =>
        context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment()
        && !string.IsNullOrWhiteSpace(context.RequestServices.GetRequiredService<AuthSettings>().SigningKey);

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method) && !Allowed(context.HttpContext))
        {
            context.Result = new NotFoundResult();
        }
    }
}
