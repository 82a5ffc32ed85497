using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// Route and query parameters with the same truth as bodies (docs/adr/0027): the closed sets and
/// bounds declared on a handler's parameters, and the contract's conventions for the parameters
/// every list and every school year shares (<c>page</c> from 1, <c>pageSize</c> 1-200, <c>YYYY-YYYY</c>).
/// </summary>
internal sealed class WireParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter target || target.Schema is not OpenApiSchema schema)
        {
            return;
        }

        switch (target.Name)
        {
            case "schoolYear":
                schema.Pattern = PilotExamples.SchoolYearPattern;
                schema.Description = "A school year, 1 August to 31 July, written YYYY-YYYY.";
                target.Example = JsonValue.Create(PilotExamples.SchoolYear);
                break;
            case "areaId" when target.In == ParameterLocation.Path:
                target.Example = JsonValue.Create(PilotExamples.Area.ToString());
                break;
            case "page":
                schema.Minimum = "1";
                schema.Maximum = PageRequest.MaxPage.ToString(CultureInfo.InvariantCulture);
                break;
            case "pageSize":
                schema.Minimum = "1";
                schema.Maximum = PageRequest.MaxPageSize.ToString(CultureInfo.InvariantCulture);
                break;
        }

        if (context.ParameterInfo?.GetCustomAttribute<WireValuesAttribute>() is { } wire)
        {
            schema.Enum = [.. wire.Values.Select(v => (JsonNode)JsonValue.Create(v))];
        }

        if (context.ParameterInfo?.GetCustomAttribute<RangeAttribute>() is { } range)
        {
            schema.Minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
            schema.Maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
        }

        if (context.ParameterInfo?.GetCustomAttribute<RegularExpressionAttribute>() is { } regex)
        {
            schema.Pattern = regex.Pattern;
        }

        if (context.ParameterInfo?.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>() is { } description)
        {
            target.Description ??= description.Description;
        }
    }
}
