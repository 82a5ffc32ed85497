using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

public sealed record ListTargets : IQuery<IReadOnlyList<TargetDto>>;

internal sealed class ListTargetsHandler(ITargetQueries targets) : IQueryHandler<ListTargets, IReadOnlyList<TargetDto>>
{
    public async ValueTask<IReadOnlyList<TargetDto>> Handle(ListTargets query, CancellationToken cancellationToken)
    {
        var stored = (await targets.AllAsync(cancellationToken)).ToDictionary(t => t.SchoolYearStart);
        return ReferralTarget.YearsWithDefaults.Select(y => y.StartYear).Union(stored.Keys).Order()
            .Select(start => TargetBook.Describe(SchoolYear.Starting(start), stored.GetValueOrDefault(start))).OfType<TargetDto>()
            .ToList();
    }
}
