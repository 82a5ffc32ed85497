using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;

namespace GeenKindDeBuurtUit.Monitoring.Application.Observations;

public sealed record GetObservation(Guid ObservationId) : IQuery<ObservationDto>;

internal sealed class GetObservationHandler(IObservationQueries observations, ISchoolMapQueries map, UnitTreeCache maps) : IQueryHandler<GetObservation, ObservationDto>
{
    public async ValueTask<ObservationDto> Handle(GetObservation query, CancellationToken cancellationToken)
    {
        var observation = await observations.FindAsync(query.ObservationId, cancellationToken)
            ?? throw new NotFoundException("Observation", query.ObservationId);
        return observation.ToDto(await maps.TreeAsync(map, cancellationToken));
    }
}
