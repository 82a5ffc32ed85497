using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

internal static class SchoolMapping
{
    public static SchoolDto ToDto(this School school) =>
        new(school.Id, school.Name, school.Brin, school.BoardId, school.ClusterId, school.AreaId);
}
