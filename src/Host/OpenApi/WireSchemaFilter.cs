using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// Writes into each schema what the code declares on its members (docs/adr/0027): the closed sets of
/// <see cref="WireValuesAttribute"/> as enums, <see cref="RequiredAttribute"/>, bounds, lengths and
/// patterns, and nullability as the C# type says it (a required member is never null). Request
/// bodies are validated against the result, so what the document says is what the API enforces.
/// </summary>
internal sealed class WireSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is not { Count: > 0 } properties || context.Type.IsPrimitive)
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonName(property.Name);
            if (!properties.TryGetValue(name, out var member))
            {
                continue;
            }

            var required = property.GetCustomAttribute<RequiredAttribute>() is not null;
            if (required)
            {
                target.Required ??= new HashSet<string>(StringComparer.Ordinal);
                target.Required.Add(name);
            }

            properties[name] = Describe(member, property, nullable: !required && IsNullable(property));
        }
    }

    private static IOpenApiSchema Describe(IOpenApiSchema member, PropertyInfo property, bool nullable)
    {
        if (member is OpenApiSchemaReference reference)
        {
            return nullable ? new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] } : reference;
        }

        if (member is not OpenApiSchema schema)
        {
            return member;
        }

        schema.Type = nullable ? schema.Type | JsonSchemaType.Null : schema.Type & ~JsonSchemaType.Null;
        var values = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema items ? items : schema;
        if (property.GetCustomAttribute<WireValuesAttribute>() is { } wire)
        {
            values.Enum = [.. wire.Values.Select(v => (JsonNode)JsonValue.Create(v))];
            if (values.Type?.HasFlag(JsonSchemaType.Null) == true)
            {
                // In JSON Schema an enum is checked on its own: a member that may be null lists null among its values.
                values.Enum.Add(JsonNullSentinel.JsonNull);
            }
        }

        if (property.GetCustomAttribute<RangeAttribute>() is { } range)
        {
            Bound(values, range);
        }

        if (property.GetCustomAttribute<StringLengthAttribute>() is { } length)
        {
            values.MaxLength = length.MaximumLength;
            values.MinLength = length.MinimumLength > 0 ? length.MinimumLength : null;
        }

        if (property.GetCustomAttribute<MinLengthAttribute>() is { } minItems)
        {
            schema.MinItems = minItems.Length;
        }

        if (property.GetCustomAttribute<MaxLengthAttribute>() is { } maxItems)
        {
            schema.MaxItems = maxItems.Length;
        }

        if (property.GetCustomAttribute<RegularExpressionAttribute>() is { } pattern)
        {
            values.Pattern = pattern.Pattern;
        }

        if (property.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>() is { } description)
        {
            schema.Description = description.Description;
        }

        return schema;
    }

    private static void Bound(OpenApiSchema schema, RangeAttribute range)
    {
        var minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
        var maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
        schema.Minimum = range.MinimumIsExclusive ? null : minimum;
        schema.ExclusiveMinimum = range.MinimumIsExclusive ? minimum : null;
        schema.Maximum = range.MaximumIsExclusive ? null : maximum;
        schema.ExclusiveMaximum = range.MaximumIsExclusive ? maximum : null;
    }

    private static bool IsNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
