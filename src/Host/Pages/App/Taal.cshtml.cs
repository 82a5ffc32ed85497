using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>Switches the pages between Dutch and English (cookie <see cref="PageLanguage.Cookie"/>), then back to the page the reader was on.</summary>
public sealed class TaalModel : PageBase
{
    [BindProperty]
    public string? Taal { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => LocalRedirect(PageSchemes.Base.Value!);

    public IActionResult OnPost()
    {
        if (PageLanguage.Parse(Taal) is not { } language)
        {
            return StatusCode(StatusCodes.Status400BadRequest);
        }

        Response.Cookies.Append(PageLanguage.Cookie, language.Code, new CookieOptions
        {
            Path = PageSchemes.Base.Value,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : PageSchemes.Base.Value!);
    }
}
