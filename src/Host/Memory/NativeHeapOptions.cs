using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Memory;

public sealed class NativeHeapOptions
{
    public const string Section = "NativeHeap";

    /// <summary>How often the C library's free memory goes back to the operating system; zero never (docs/adr/0085).</summary>
    public TimeSpan TrimInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Refuses to start with an interval that is not a time span of zero or more, naming the setting.</summary>
    public sealed class Validation : IValidateOptions<NativeHeapOptions>
    {
        public ValidateOptionsResult Validate(string? name, NativeHeapOptions options) =>
            options.TrimInterval < TimeSpan.Zero
                ? ValidateOptionsResult.Fail("NativeHeap:TrimInterval is a time span of zero (never) or more, e.g. 00:00:02.")
                : ValidateOptionsResult.Success;
    }
}
