using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

internal static class SchoolMapping
{
    public static SchoolWithVersionDto ToDto(this School school) =>
        new(school.Id, school.Name, school.Brin, school.BoardId, school.ClusterId, school.AreaId, ConcurrencyCheck.VersionOf(school));
}
