using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.Monitoring.Application;

/// <summary>The Monitoring module's transaction, for what people write here: targets and observations.</summary>
internal interface IMonitoringUnitOfWork : IUnitOfWork;
