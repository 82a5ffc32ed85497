using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record ListClusters : IQuery<IReadOnlyList<ClusterDto>>;

internal sealed class ListClustersHandler(IReferenceDataQueries queries) : IQueryHandler<ListClusters, IReadOnlyList<ClusterDto>>
{
    public async ValueTask<IReadOnlyList<ClusterDto>> Handle(ListClusters query, CancellationToken cancellationToken) =>
        await queries.ClustersAsync(cancellationToken);
}
