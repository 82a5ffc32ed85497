using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// A request record's static <c>Example</c> becomes its schema's example, so Swagger UI's "Try it
/// out" starts from a body the API accepts (pilot ids, valid values) instead of one made up from
/// types alone. Tests send every example to prove it stays accepted.
/// </summary>
internal sealed class WireExampleSchemaFilter : ISchemaFilter
{
    public const string MemberName = "Example";

    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web);

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema target && ExampleOf(context.Type) is { } example)
        {
            target.Examples = [JsonSerializer.SerializeToNode(example, context.Type, Wire)!];
        }
    }

    public static object? ExampleOf(Type type) =>
        type.GetProperty(MemberName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is { } property && property.PropertyType == type
            ? property.GetValue(null)
            : null;
}
