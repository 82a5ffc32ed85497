using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Domain.Approaches;

namespace GeenKindDeBuurtUit.SupportCases.Application.Approaches;

internal static class CollectiveApproachMapping
{
    public static CollectiveApproachDto ToDto(this CollectiveApproach a) => new(
        a.Id, a.Name, a.Needs.Select(WireName.Of).ToList(), WireName.Of(a.Level), a.TargetId, a.SchoolIds, a.StartsOn, a.EndsOn, a.ExpectedChildren, ConcurrencyCheck.VersionOf(a));
}
