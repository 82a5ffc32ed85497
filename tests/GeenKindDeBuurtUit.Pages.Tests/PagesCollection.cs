namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// One platform on Kestrel and one browser for every page test: Hangfire's configuration is static
/// and a browser takes seconds to start. Each test signs in in a browser context of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PagesCollection : ICollectionFixture<PagesHost>
{
    public const string Name = "pages";
}
