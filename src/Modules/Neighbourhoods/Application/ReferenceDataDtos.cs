namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record AreaDto(Guid Id, string Name);

public sealed record BoardDto(Guid Id, string Name);

public sealed record ClusterDto(Guid Id, string Name, Guid AreaId, IReadOnlyList<Guid> SchoolIds);

/// <summary>An item of the contract's <c>GET /schools</c> list.</summary>
public sealed record SchoolDto(Guid Id, string Name, string? Brin, Guid BoardId, Guid ClusterId, Guid AreaId);

/// <summary>One school as a resource (read, registered, moved): the list item plus the version its ETag carries.</summary>
public sealed record SchoolWithVersionDto(Guid Id, string Name, string? Brin, Guid BoardId, Guid ClusterId, Guid AreaId, string Version);
