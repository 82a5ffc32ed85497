using System.Runtime.ExceptionServices;
using GeenKindDeBuurtUit.Host.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GeenKindDeBuurtUit.Host.Pages.Shared;

/// <summary>
/// What every page model has: the reader's language, its number format, the shared words, and one way to answer
/// the application layer's refusals (docs/adr/0053).
/// </summary>
public abstract class PageBase : PageModel
{
    public PageLanguage Language => PageLanguage.Of(HttpContext);

    public PageFormat Format => PageFormat.For(Language);

    /// <summary>The words every page shares (navigation, refusals, downloads); a page keeps its own in its own texts class.</summary>
    public ISharedTexts Words => SharedTexts.For(Language);

    /// <summary>A refusal to show beside the page's content (a broken rule, a stale version), set by <see cref="Refusal"/>; the layout shows it.</summary>
    public string? RefusalMessage { get; protected set; }

    /// <summary>
    /// As the API answers, as a page: an invalid request 400, a forbidden one 403, one outside the reader's scope
    /// 404 (each as the error page); a broken rule, a conflict or a stale version is shown on the page itself with
    /// its status. Anything else is rethrown.
    /// </summary>
    protected IActionResult Refusal(Exception exception)
    {
        if (PageRefusals.PageStatus(exception) is { } status)
        {
            return StatusCode(status);
        }

        if (PageRefusals.MessageStatus(exception) is { } shown)
        {
            // The rule's own message, in the reader's language through the API's Dutch catalogue (docs/adr/0057).
            RefusalMessage = Language.IsDutch ? DutchCatalogue.Instance.Translate(exception.Message) ?? exception.Message : exception.Message;
            Response.StatusCode = shown;
            return Page();
        }

        ExceptionDispatchInfo.Capture(exception).Throw();
        throw exception;
    }

    protected Task<IActionResult> RefusalAsync(Exception exception) => Task.FromResult(Refusal(exception));

    /// <summary>A refusal page of this status (e.g. 403 "Geen toegang"), written by /app/fout.</summary>
    protected IActionResult RefusalPage(int status) => StatusCode(status);
}
