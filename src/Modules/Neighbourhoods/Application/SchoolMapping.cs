using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

internal static class SchoolMapping
{
    public static SchoolWithVersionDto ToDto(this School school) =>
        new(school.Id, school.Name, school.Brin, school.BoardId, school.ClusterId, school.AreaId, ConcurrencyCheck.VersionOf(school),
            LocationOf(school.Latitude, school.Longitude), school.LocationIsPlaceholder);

    public static SchoolLocationDto? LocationOf(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon ? new SchoolLocationDto(lat, lon) : null;

    /// <summary>The announcement of a school's point, for a school that has one.</summary>
    public static SchoolLocatedIntegrationEvent Located(this School school) =>
        new SchoolLocatedIntegrationEvent(school.Id, school.AreaId, school.Latitude!.Value, school.Longitude!.Value, school.LocationIsPlaceholder);
}
