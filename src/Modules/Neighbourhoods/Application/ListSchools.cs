using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record ListSchools : IQuery<IReadOnlyList<SchoolDto>>;

internal sealed class ListSchoolsHandler(IReferenceDataQueries queries) : IQueryHandler<ListSchools, IReadOnlyList<SchoolDto>>
{
    public async ValueTask<IReadOnlyList<SchoolDto>> Handle(ListSchools query, CancellationToken cancellationToken) =>
        await queries.SchoolsAsync(cancellationToken);
}
