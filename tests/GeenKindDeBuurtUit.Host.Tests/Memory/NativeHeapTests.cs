using System.Runtime.InteropServices;
using GeenKindDeBuurtUit.Host.Memory;

namespace GeenKindDeBuurtUit.Host.Tests.Memory;

/// <summary>Runs where the C library can trim (glibc on Linux, as in CI); skipped elsewhere, saying why.</summary>
public sealed class GnuCFactAttribute : FactAttribute
{
    public GnuCFactAttribute()
    {
        if (!NativeHeap.CanTrim)
        {
            Skip = "This C library has no malloc_trim (only glibc on Linux has one): there is nothing to hand back.";
        }
    }
}

public sealed class NativeHeapTests
{
    private const int Block = 32 * 1024;
    private const int Blocks = 1_280;

    [Fact]
    public void Every_linux_but_musl_can_trim_so_the_trim_test_below_runs_wherever_it_should()
    {
        var glibc = OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);
        Assert.Equal(glibc, NativeHeap.CanTrim);
    }

    [GnuCFact]
    public void Memory_freed_between_blocks_still_in_use_goes_back_to_the_system_only_with_a_trim()
    {
        // 40 MB in blocks below glibc's threshold for a mapping of their own, so they come from an arena; the last
        // one stays, so what is freed below it is not the arena's top, which glibc would hand back by itself.
        var page = Enumerable.Repeat((byte)0x5A, Block).ToArray();
        var blocks = Enumerable.Range(0, Blocks).Select(_ =>
        {
            var block = Marshal.AllocHGlobal(Block);
            Marshal.Copy(page, 0, block, Block);
            return block;
        }).ToList();
        try
        {
            foreach (var block in blocks[..^1])
            {
                Marshal.FreeHGlobal(block);
            }

            var kept = ResidentAnonymousKb();
            NativeHeap.Trim();
            var trimmed = ResidentAnonymousKb();

            Assert.True(kept - trimmed >= Blocks * Block / 1024 / 2, $"resident anonymous memory {kept} kB before the trim, {trimmed} kB after it");
        }
        finally
        {
            Marshal.FreeHGlobal(blocks[^1]);
        }
    }

    private static long ResidentAnonymousKb() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(line => line.StartsWith("RssAnon:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
}
