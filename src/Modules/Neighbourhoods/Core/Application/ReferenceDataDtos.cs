namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record AreaDto(Guid Id, string Name);

public sealed record BoardDto(Guid Id, string Name);

public sealed record ClusterDto(Guid Id, string Name, Guid AreaId, IReadOnlyList<Guid> SchoolIds);

public sealed record SchoolDto(Guid Id, string Name, string? Brin, Guid BoardId, Guid ClusterId, Guid AreaId);
