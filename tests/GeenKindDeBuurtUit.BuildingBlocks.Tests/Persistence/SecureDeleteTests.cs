using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>An erased row leaves nothing of itself in the SQLite file's free pages (docs/adr/0034).</summary>
public sealed class SecureDeleteTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [SqliteFact]
    public async Task A_deleted_value_is_not_found_in_the_database_file_after_a_checkpoint()
    {
        var kept = "kept-" + Guid.NewGuid().ToString("N");
        var erased = "erased-" + Guid.NewGuid().ToString("N");
        var erasedId = Guid.NewGuid();
        await _db.InScopeAsync(context =>
        {
            context.Widgets.Add(new Widget(Guid.NewGuid(), kept));
            context.Widgets.Add(new Widget(erasedId, erased));
            return context.CommitAsync(CancellationToken.None);
        });
        await CheckpointAsync();
        Assert.True(Contains(kept) && Contains(erased), "the values were written to the file");

        await _db.InScopeAsync(context => context.Widgets.Where(w => w.Id == erasedId).ExecuteDeleteAsync());
        await CheckpointAsync();

        Assert.True(Contains(kept), "the row that stays is still in the file");
        Assert.False(Contains(erased), "the deleted value survives in the file's free space");
    }

    [SqliteFact]
    public async Task Every_connection_of_a_module_context_runs_with_secure_delete_on()
    {
        var value = await _db.InScopeAsync(context => context.Database.SqlQueryRaw<long>("SELECT secure_delete AS Value FROM pragma_secure_delete").SingleAsync());

        Assert.Equal(1, value);
    }

    // Moves every committed page from the WAL into the file and empties the WAL.
    private Task CheckpointAsync() =>
        _db.InScopeAsync(context => context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));

    private bool Contains(string value)
    {
        var needle = Encoding.UTF8.GetBytes(value);
        foreach (var file in new[] { _db.DatabaseFile, _db.DatabaseFile + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.ToArray().AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
