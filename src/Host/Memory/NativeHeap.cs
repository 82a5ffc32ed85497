using System.Runtime.InteropServices;

namespace GeenKindDeBuurtUit.Host.Memory;

/// <summary>
/// The C library's heap, where SQLite, the JIT and the runtime itself allocate. glibc keeps what they
/// free in its arenas, and hands back on its own only what lies at the top of one (docs/adr/0085).
/// </summary>
internal static class NativeHeap
{
    /// <summary>glibc's name on Linux; musl and the other systems' C libraries have no <c>malloc_trim</c>.</summary>
    private const string GnuC = "libc.so.6";

    /// <summary>Whether this process's C library can be asked to hand its free memory back.</summary>
    public static bool CanTrim { get; } = OperatingSystem.IsLinux() && HasTrim();

    /// <summary>Hands every arena's free pages back to the operating system.</summary>
    /// <returns>Whether any memory went back.</returns>
    public static bool Trim() => CanTrim && MallocTrim(0) == 1;

    private static bool HasTrim()
    {
        if (!NativeLibrary.TryLoad(GnuC, out var library))
        {
            return false;
        }

        try
        {
            return NativeLibrary.TryGetExport(library, "malloc_trim", out _);
        }
        finally
        {
            NativeLibrary.Free(library);
        }
    }

    [DllImport(GnuC, EntryPoint = "malloc_trim", ExactSpelling = true)]
    private static extern int MallocTrim(nuint pad);
}
