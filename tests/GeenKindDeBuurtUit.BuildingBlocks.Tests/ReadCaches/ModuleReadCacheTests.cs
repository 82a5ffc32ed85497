using GeenKindDeBuurtUit.Platform.ReadCaches;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.ReadCaches;

/// <summary>An answer is kept only under the version of the module's data it was read under, and never when another host's change could go unheard.</summary>
public sealed class ModuleReadCacheTests
{
    private const string Schema = "budget";
    private readonly FakeTimeProvider _clock = new();
    private readonly ModuleChanges _changes = new(hearsEveryWriter: true);
    private int _reads;

    [Fact]
    public async Task An_answer_is_kept_while_the_modules_data_stands()
    {
        var cache = NewCache();

        var first = await GetAsync(cache, "a");
        var second = await GetAsync(cache, "a");

        Assert.Same(first, second);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task A_change_to_the_module_ends_every_kept_answer_of_it_and_none_of_another()
    {
        var cache = NewCache();
        await GetAsync(cache, "a");
        await GetAsync(cache, "b");

        _changes.Changed("another module");
        await GetAsync(cache, "a");
        Assert.Equal(2, _reads);

        _changes.Changed(Schema);
        var fresh = await GetAsync(cache, "a");
        await GetAsync(cache, "b");

        Assert.Equal(4, _reads);
        Assert.Equal("a 3", fresh.Text);
    }

    [Fact]
    public async Task An_answer_read_while_a_change_committed_is_answered_but_not_kept()
    {
        var cache = NewCache();

        var during = await cache.GetOrReadAsync("a", this, static (test, _) =>
        {
            test._changes.Changed(Schema);
            return Task.FromResult(new Answer($"read {++test._reads}"));
        }, CancellationToken.None);
        var after = await GetAsync(cache, "a");

        Assert.Equal("read 1", during.Text);
        Assert.Equal("a 2", after.Text);
    }

    [Fact]
    public async Task Nothing_is_kept_while_another_hosts_changes_could_go_unheard()
    {
        var changes = new ModuleChanges(hearsEveryWriter: false);
        var cache = new ModuleReadCache<string, Answer>(changes, Schema, _clock);

        await GetAsync(cache, "a");
        await GetAsync(cache, "a");
        Assert.Equal(2, _reads);

        changes.Listening();
        await GetAsync(cache, "a");
        await GetAsync(cache, "a");
        Assert.Equal(3, _reads);

        changes.Deaf();
        await GetAsync(cache, "a");
        Assert.Equal(4, _reads);
    }

    [Fact]
    public async Task Hearing_again_after_a_loss_ends_what_was_kept_before_it()
    {
        var cache = NewCache();
        await GetAsync(cache, "a");

        _changes.Deaf();
        _changes.Listening();
        await GetAsync(cache, "a");

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task An_answer_is_kept_for_at_most_its_maximum_age()
    {
        var cache = NewCache();
        await GetAsync(cache, "a");

        _clock.Advance(ModuleReadCache<string, Answer>.MaxAge - TimeSpan.FromMilliseconds(1));
        await GetAsync(cache, "a");
        Assert.Equal(1, _reads);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await GetAsync(cache, "a");
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task A_read_that_fails_keeps_nothing()
    {
        var cache = NewCache();

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrReadAsync<object?>(
            "a", null, static (_, _) => throw new InvalidOperationException("not found"), CancellationToken.None).AsTask());
        var answer = await GetAsync(cache, "a");

        Assert.Equal("a 1", answer.Text);
    }

    [Fact]
    public async Task Past_its_capacity_the_cache_starts_over_instead_of_growing()
    {
        var cache = NewCache();
        for (var i = 0; i < ModuleReadCache<string, Answer>.Capacity; i++)
        {
            await GetAsync(cache, $"key {i}");
        }

        await GetAsync(cache, "one more");
        await GetAsync(cache, "key 0");

        Assert.Equal(ModuleReadCache<string, Answer>.Capacity + 2, _reads);
    }

    private ModuleReadCache<string, Answer> NewCache() => new(_changes, Schema, _clock);

    private async Task<Answer> GetAsync(ModuleReadCache<string, Answer> cache, string key) =>
        await cache.GetOrReadAsync(key, (Test: this, Key: key), static (s, _) => Task.FromResult(new Answer($"{s.Key} {++s.Test._reads}")), CancellationToken.None);

    private sealed record Answer(string Text);
}
