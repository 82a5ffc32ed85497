using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Infrastructure.Api;

/// <summary>
/// A page of facilities as a GeoJSON FeatureCollection (RFC 7946). The paging travels as foreign
/// members of the collection (<c>page</c>, <c>pageSize</c>, <c>total</c>), as RFC 7946 section 6.1
/// allows; each feature's properties are the facility as the JSON list gives it (docs/adr/0059).
/// </summary>
[Description("A GeoJSON FeatureCollection (RFC 7946) of one page; page, pageSize and total are foreign members.")]
internal sealed record FacilityFeatureCollection(
    [property: Required] FeatureCollectionType Type,
    [property: Required] IReadOnlyList<FacilityFeature> Features,
    [property: Required] int Page,
    [property: Required] int PageSize,
    [property: Required] int Total)
{
    public const string MediaType = "application/geo+json";

    public static FacilityFeatureCollection Of(PagedList<FacilityDto> page) =>
        new(FeatureCollectionType.FeatureCollection, [.. page.Items.Select(FacilityFeature.Of)], page.Page, page.PageSize, page.Total);
}

internal sealed record FacilityFeature(
    [property: Required] FeatureType Type,
    [property: Required] Guid Id,
    [property: Required] PointGeometry Geometry,
    [property: Required] FacilityDto Properties)
{
    public static FacilityFeature Of(FacilityDto facility) =>
        new(FeatureType.Feature, facility.Id, new PointGeometry(GeometryType.Point, [facility.Location.Lon, facility.Location.Lat]), facility);
}

[Description("A GeoJSON Point: coordinates are [longitude, latitude] in WGS84 degrees.")]
internal sealed record PointGeometry(
    [property: Required] GeometryType Type,
    [property: Required, MinLength(2), MaxLength(2)] IReadOnlyList<double> Coordinates);

// GeoJSON's type names, written as RFC 7946 spells them: each a single value in the OpenAPI document.
[JsonConverter(typeof(JsonStringEnumConverter<FeatureCollectionType>))]
internal enum FeatureCollectionType
{
    FeatureCollection,
}

[JsonConverter(typeof(JsonStringEnumConverter<FeatureType>))]
internal enum FeatureType
{
    Feature,
}

[JsonConverter(typeof(JsonStringEnumConverter<GeometryType>))]
internal enum GeometryType
{
    Point,
}
