using GeenKindDeBuurtUit.Monitoring.Application.Observations;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Persistence;

internal sealed class ObservationRepository(MonitoringDbContext db) : IObservationRepository
{
    public void Add(Observation observation) => db.Observations.Add(observation);
}
