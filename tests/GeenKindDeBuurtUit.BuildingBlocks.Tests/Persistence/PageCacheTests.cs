using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>Each pooled SQLite connection keeps a small page cache of its own (docs/adr/0079).</summary>
public sealed class PageCacheTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [SqliteFact]
    public async Task Every_connection_of_a_module_context_caches_at_most_256_KiB_of_pages()
    {
        // A negative cache_size is a size in KiB; SQLite's own default is -2000.
        var sizes = new List<long>();
        for (var scope = 0; scope < 3; scope++)
        {
            sizes.Add(await _db.InScopeAsync(context => context.Database.SqlQueryRaw<long>("SELECT cache_size AS Value FROM pragma_cache_size").SingleAsync()));
        }

        Assert.All(sizes, size => Assert.Equal(-256, size));
    }
}
