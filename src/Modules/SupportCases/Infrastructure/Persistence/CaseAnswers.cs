using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

/// <summary>
/// Writes a case's answer with the API's own JSON options, and names the shape it writes: an answer
/// kept under another shape (the answer gained or renamed a member since) is not served (docs/adr/0074).
/// </summary>
internal sealed class CaseAnswers
{
    /// <summary>The shadow columns of the case row that keep its answer.</summary>
    public const string JsonColumn = "Answer";
    public const string ShapeColumn = "AnswerShape";

    private readonly JsonTypeInfo<SupportCaseDto> answer;

    public CaseAnswers(IOptions<JsonOptions> json)
    {
        answer = (JsonTypeInfo<SupportCaseDto>)json.Value.SerializerOptions.GetTypeInfo(typeof(SupportCaseDto));
        Shape = ShapeOf(answer);
    }

    public int Shape { get; }

    public byte[] Write(SupportCase supportCase) => JsonSerializer.SerializeToUtf8Bytes(supportCase.ToDto(), answer);

    public WrittenCase Written(SupportCase supportCase) =>
        new(supportCase.Id, supportCase.SchoolId, ConcurrencyCheck.VersionOf(supportCase), Write(supportCase));

    /// <summary>A hash of every member name and type the answer writes, nested ones included, and of how it treats nulls.</summary>
    internal static int ShapeOf(JsonTypeInfo typeInfo)
    {
        var description = new StringBuilder().Append(typeInfo.Options.DefaultIgnoreCondition);
        Describe(typeInfo, description, []);
        return BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(description.ToString())));
    }

    private static void Describe(JsonTypeInfo typeInfo, StringBuilder description, HashSet<Type> described)
    {
        description.Append('<').Append(typeInfo.Type.FullName).Append(':').Append(typeInfo.Kind);
        if (typeInfo.Kind == JsonTypeInfoKind.Object && described.Add(typeInfo.Type))
        {
            foreach (var property in typeInfo.Properties)
            {
                description.Append('|').Append(property.Name).Append('=');
                Describe(typeInfo.Options.GetTypeInfo(property.PropertyType), description, described);
            }
        }

        if (typeInfo.ElementType is { } element)
        {
            Describe(typeInfo.Options.GetTypeInfo(element), description, described);
        }

        description.Append('>');
    }
}
