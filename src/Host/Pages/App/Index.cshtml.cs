using GeenKindDeBuurtUit.Host.Pages.Shared;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>The start page: what the reader's roles may open.</summary>
public sealed class IndexModel : PageBase
{
    public void OnGet()
    {
    }
}
