using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record ListAreas : IQuery<IReadOnlyList<AreaDto>>;

internal sealed class ListAreasHandler(IReferenceDataQueries queries) : IQueryHandler<ListAreas, IReadOnlyList<AreaDto>>
{
    public async ValueTask<IReadOnlyList<AreaDto>> Handle(ListAreas query, CancellationToken cancellationToken) =>
        await queries.AreasAsync(cancellationToken);
}
