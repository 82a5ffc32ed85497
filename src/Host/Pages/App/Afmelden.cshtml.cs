using GeenKindDeBuurtUit.Host.Authentication;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// Sign-out ends the page session (POST with antiforgery, so another site cannot sign a reader out). The session at
/// the identity provider stays: the pages keep no id token to end it with (docs/adr/0054).
/// </summary>
public sealed class AfmeldenModel : PageBase
{
    public IActionResult OnGet() => LocalRedirect(PageSchemes.Base.Value!);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PageSchemes.Cookie);
        return LocalRedirect("/app/aanmelden");
    }
}
