using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;

namespace GeenKindDeBuurtUit.Monitoring.Application.Observations;

/// <summary>An observation or story of soft monitoring, with the names of its area and cluster.</summary>
public sealed record ObservationDto(
    Guid Id,
    DateOnly On,
    Guid AreaId,
    string AreaName,
    Guid? ClusterId,
    string? ClusterName,
    [property: Range(1, 7)] IReadOnlyList<int> Principles,
    string Text,
    [property: WireValues(typeof(AuthorRole))] string AuthorRole,
    DateTimeOffset RecordedAt);

internal static class ObservationMapping
{
    public static ObservationDto ToDto(this Observation o, UnitTree tree) => new(
        o.Id,
        o.On,
        o.AreaId,
        tree.Find(o.AreaId)?.Name ?? o.AreaId.ToString(),
        o.ClusterId,
        o.ClusterId is { } cluster ? tree.Find(cluster)?.Name ?? cluster.ToString() : null,
        GuidingPrinciples.FromMask(o.PrincipleMask),
        o.Text,
        WireName.Of(o.AuthorRole),
        new DateTimeOffset(DateTime.SpecifyKind(o.RecordedAt, DateTimeKind.Utc)));
}
