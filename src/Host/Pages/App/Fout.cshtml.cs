using GeenKindDeBuurtUit.Host.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// The page of a refusal or failure inside /app (401, 403 "Geen toegang", 404, 400, 500), re-executed by the status
/// code pages for whatever method was refused, so it has no handlers and takes no antiforgery token.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class FoutModel : PageBase
{
    public int Status =>
        int.TryParse(RouteData.Values["status"]?.ToString(), out var status) && status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;

    /// <summary>Sign in, then back to the page that was refused.</summary>
    public string SignInLink =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original && HttpMethods.IsGet(Request.Method)
            ? "/app/aanmelden" + QueryString.Create("returnUrl", original.OriginalPathBase + original.OriginalPath + original.OriginalQueryString).ToUriComponent()
            : "/app/aanmelden";
}
