using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>The Neighbourhoods module's transaction; its events go to the module's own outbox.</summary>
public interface INeighbourhoodsUnitOfWork : IUnitOfWork;
