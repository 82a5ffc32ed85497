using GeenKindDeBuurtUit.Monitoring.Domain.Observations;

namespace GeenKindDeBuurtUit.Monitoring.Application.Observations;

/// <summary>Where observations are recorded; an observation never changes once recorded.</summary>
internal interface IObservationRepository
{
    void Add(Observation observation);
}
