using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Facilities.Application.Directory;

/// <summary>This module's copy of the schools and their points (fed by the Neighbourhoods module's events).</summary>
public interface ISchoolMap
{
    Task<MappedSchool?> FindSchoolAsync(Guid schoolId, CancellationToken cancellationToken);

    /// <summary>An area is ours when a school of the programme lies in it.</summary>
    Task<bool> AreaExistsAsync(Guid areaId, CancellationToken cancellationToken);
}

/// <param name="Location">Null until the school's point is set (a placeholder counts as set).</param>
public sealed record MappedSchool(Guid SchoolId, Guid AreaId, GeoPoint? Location, bool LocationIsPlaceholder);
