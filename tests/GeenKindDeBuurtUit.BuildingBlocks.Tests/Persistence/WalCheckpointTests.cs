using System.Text;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using GeenKindDeBuurtUit.Testing;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Persistence;

/// <summary>
/// SQLite's WAL is checkpointed in the background, never by the commit that crosses SQLite's own
/// threshold inside a writer's turn (docs/adr/0067).
/// </summary>
public sealed class WalCheckpointTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [SqliteFact]
    public async Task Every_connection_of_a_module_context_leaves_checkpoints_to_the_background()
    {
        // Not a table-valued pragma: asked on the context's own connection, as opened by EF.
        var pages = await _db.InScopeAsync(async context =>
        {
            await context.Database.OpenConnectionAsync();
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        });

        Assert.Equal(0, pages);
    }

    [SqliteFact]
    public async Task A_committed_row_reaches_the_database_file_without_anyone_asking_for_a_checkpoint()
    {
        var value = "checkpointed-" + Guid.NewGuid().ToString("N");
        await _db.InScopeAsync(context =>
        {
            context.Widgets.Add(new Widget(Guid.NewGuid(), value));
            return context.CommitAsync(CancellationToken.None);
        });

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!DatabaseFileContains(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(DatabaseFileContains(value), "the background checkpoint copies the row from the WAL into the file");
    }

    private bool DatabaseFileContains(string value)
    {
        using var stream = new FileStream(_db.DatabaseFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0;
    }
}
