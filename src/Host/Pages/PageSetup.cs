using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using GeenKindDeBuurtUit.Platform.Auditing;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Pages;

/// <summary>
/// The pages for people under <c>/app</c> (docs/adr/0053): Razor Pages that send the API's own queries and
/// commands, with their own error pages, headers and embedded static files, beside the JSON API.
/// </summary>
internal static class PageSetup
{
    /// <summary>Changes with every build, so a browser never keeps an old stylesheet or script past a deployment.</summary>
    public static readonly string AssetVersion = typeof(PageSetup).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public static string Asset(string path) => $"{PageSecurityHeaders.Static}/{path}?v={AssetVersion}";

    /// <summary>Before the JSON problem details: AddRazorPages registers MVC's own problem writer, which those replace.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services, IConfiguration configuration, AuthSettings auth)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/App");
            options.Conventions.AllowAnonymousToPage("/App/Aanmelden");
            options.Conventions.AllowAnonymousToPage("/App/Fout");
            options.Conventions.AllowAnonymousToPage("/App/Taal");

            // Assigning from the waiting list is recorded as the API's assignment is, with the request's id from the route.
            options.Conventions.AddPageApplicationModelConvention("/App/Pool", model =>
                model.EndpointMetadata.Add(new AuditedEndpoint("expertise-request", "requestId")));
        });
        services.AddPageSignIn(configuration, auth);
        services.AddOptions<MapOptions>().Bind(configuration.GetSection(MapOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MapOptions>, MapOptions.Validation>();

        // Dutch words as they are ("één", "coördinator", "€"), not as character references: Razor encodes only what HTML needs.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>
    /// Early in the pipeline, after the API's status code pages: inside <c>/app</c> a refusal or failure becomes a
    /// page, and static files are served before authentication and rate limits.
    /// </summary>
    public static WebApplication UsePages(this WebApplication app)
    {
        var auth = app.Services.GetRequiredService<AuthSettings>();
        var files = new EmbeddedFileProvider(typeof(PageSetup).Assembly, typeof(PageSetup).Namespace + ".Static");
        app.UseWhen(context => context.Request.Path.StartsWithSegments(PageSchemes.Base), pages =>
        {
            pages.UseMiddleware<PageSecurityHeaders>(PageSecurityHeaders.OriginOf(auth.PagesUseOpenIdConnect ? auth.Authority : null) ?? (object)string.Empty);
            pages.UseMiddleware<PageStatusPages>();
            pages.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                RequestPath = PageSecurityHeaders.Static,
                ContentTypeProvider = new FileExtensionContentTypeProvider(),
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
            });
            pages.UseMiddleware<PageExceptionMiddleware>();
        });
        return app;
    }

    public static WebApplication MapPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
