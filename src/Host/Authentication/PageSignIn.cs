using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// Sessions for the pages (docs/adr/0054): a cookie under <c>/app</c> only, started by the OpenID Connect code flow
/// with PKCE, or in Development by the local sign-in form. Its principal comes from an access token validated as
/// the API validates bearer tokens.
/// </summary>
internal static class PageSignIn
{
    public const string SessionCookie = "gkdbu.sessie";
    public const string AntiforgeryCookie = "gkdbu.af";
    public const string CallbackPath = "/app/signin-oidc";

    public static IServiceCollection AddPageSignIn(this IServiceCollection services, IConfiguration configuration, AuthSettings auth)
    {
        var authentication = new AuthenticationBuilder(services).AddCookie(PageSchemes.Cookie, options =>
        {
            options.Cookie.Name = SessionCookie;
            options.Cookie.Path = PageSchemes.Base;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = PageSchemes.SessionLifetime;
            options.SlidingExpiration = false;
            options.LoginPath = "/app/aanmelden";
            options.AccessDeniedPath = "/app/fout/403";

            // A 401 or 403 page, not a redirect: the audit trail records a refusal, not an "allowed" 302.
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });

        if (auth.PagesUseOpenIdConnect)
        {
            authentication.AddOpenIdConnect(PageSchemes.OpenIdConnect, options => Configure(options, auth));
        }

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookie;
            options.Cookie.Path = PageSchemes.Base;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // One key ring for every host behind the same name: a session started on one host reads on the next.
        services.AddDataProtection().SetApplicationName("geenkinddebuurtuit");
        services.AddOptions<KeyManagementOptions>().Configure<IHostEnvironment, ILoggerFactory>((options, environment, logs) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(KeysFolder(configuration, environment)), logs));
        return services;
    }

    public static string KeysFolder(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["DataProtection:KeysFolder"] is { Length: > 0 } folder ? folder : Path.Combine(environment.ContentRootPath, "data", "data-protection");

    public static void Configure(OpenIdConnectOptions options, AuthSettings auth)
    {
        options.Authority = auth.Authority;
        options.ClientId = auth.ClientId;
        options.ClientSecret = string.IsNullOrWhiteSpace(auth.ClientSecret) ? null : auth.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        options.CallbackPath = CallbackPath;
        options.SignedOutCallbackPath = "/app/signout-oidc";
        options.SignInScheme = PageSchemes.Cookie;
        options.Scope.Clear();
        options.Scope.Add(OpenIdConnectScope.OpenId);
        foreach (var scope in (auth.Scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            options.Scope.Add(scope);
        }

        options.Events.OnTokenValidated = TakeAccessTokenAsync;
        options.Events.OnRemoteFailure = context =>
        {
            // The refusal page explains; the provider's own words (which can name its configuration) stay in the log.
            context.HandleResponse();
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// The session's roles and scope come from the access token the API would accept, not from the id token: an id
    /// token is for the client and says nothing reliable about roles for this API.
    /// </summary>
    private static async Task TakeAccessTokenAsync(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context)
    {
        if (context.TokenEndpointResponse?.AccessToken is not { Length: > 0 } accessToken)
        {
            context.Fail("The identity provider returned no access token.");
            return;
        }

        var bearer = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        if (await PagePrincipal.FromAccessTokenAsync(accessToken, bearer, context.HttpContext.RequestAborted) is not { } session)
        {
            context.Fail("The access token is not one this API accepts (a JWT for Auth:Audience from Auth:Authority).");
            return;
        }

        context.Principal = session.Principal;
        context.Properties!.IsPersistent = false;
        context.Properties.ExpiresUtc = Earliest(session.Expires, DateTimeOffset.UtcNow + PageSchemes.SessionLifetime);
    }

    public static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
