using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application;

/// <summary>The Collective Budget module's transaction; its events go to the module's own outbox.</summary>
public interface ICollectiveBudgetUnitOfWork : IUnitOfWork;
