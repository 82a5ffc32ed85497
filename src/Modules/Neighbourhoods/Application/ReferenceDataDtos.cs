namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record AreaDto(Guid Id, string Name);

public sealed record BoardDto(Guid Id, string Name);

public sealed record ClusterDto(Guid Id, string Name, Guid AreaId, IReadOnlyList<Guid> SchoolIds);

/// <summary>An item of the contract's <c>GET /schools</c> list.</summary>
public sealed record SchoolDto(
    Guid Id, string Name, string? Brin, Guid BoardId, Guid ClusterId, Guid AreaId, SchoolLocationDto? Location = null, bool LocationIsPlaceholder = false);

/// <summary>One school as a resource (read, registered, moved): the list item plus the version its ETag carries.</summary>
public sealed record SchoolWithVersionDto(
    Guid Id, string Name, string? Brin, Guid BoardId, Guid ClusterId, Guid AreaId, string Version, SchoolLocationDto? Location = null, bool LocationIsPlaceholder = false);

/// <summary>A school's point in WGS84 degrees, as the contract writes it: <c>{ lat, lon }</c>.</summary>
public sealed record SchoolLocationDto(double Lat, double Lon);
