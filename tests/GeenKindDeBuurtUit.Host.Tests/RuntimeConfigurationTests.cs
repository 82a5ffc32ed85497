using System.Text.Json;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>The GC settings the host's build hands the runtime (docs/adr/0077, 0082), read from the file the runtime reads.</summary>
public sealed class RuntimeConfigurationTests
{
    private static JsonElement ConfigProperties()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "GeenKindDeBuurtUit.Host.runtimeconfig.json");
        Assert.True(File.Exists(file), $"{file} is missing: the host's build writes it beside the host.");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void The_host_runs_workstation_gc()
    {
        Assert.Equal(JsonValueKind.False, ConfigProperties().GetProperty("System.GC.Server").ValueKind);
    }

    [Fact]
    public void The_managed_heap_is_limited_to_256_MiB_which_bounds_the_youngest_generation()
    {
        Assert.Equal(256UL * 1024 * 1024, ConfigProperties().GetProperty("System.GC.HeapHardLimit").GetUInt64());
    }
}
