using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record GetSchool(Guid SchoolId) : IQuery<SchoolWithVersionDto>;

internal sealed class GetSchoolHandler(IReferenceDataQueries queries) : IQueryHandler<GetSchool, SchoolWithVersionDto>
{
    public async ValueTask<SchoolWithVersionDto> Handle(GetSchool query, CancellationToken cancellationToken) =>
        (await queries.FindSchoolAsync(query.SchoolId, cancellationToken))?.ToDto()
        ?? throw new NotFoundException("School", query.SchoolId);
}
