using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>
/// A support case as the API answers it, already written as the JSON of a <see cref="SupportCaseDto"/>:
/// kept with the case when it was saved, so a read neither loads the aggregate nor serialises it
/// (docs/adr/0074). Serialised, it writes those bytes as they are.
/// </summary>
[JsonConverter(typeof(WrittenCaseConverter))]
public sealed record WrittenCase(Guid Id, Guid SchoolId, string Version, ReadOnlyMemory<byte> Json);

internal sealed class WrittenCaseConverter : JsonConverter<WrittenCase>
{
    public override WrittenCase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A written case is only ever sent, never read.");

    // Written by the same serialiser and options as every other answer, when the case was saved: no need to check it again.
    public override void Write(Utf8JsonWriter writer, WrittenCase value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
}
