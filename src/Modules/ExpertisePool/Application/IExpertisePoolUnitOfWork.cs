using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.ExpertisePool.Application;

/// <summary>The Expertise Pool module's transaction; its events go to the module's own outbox.</summary>
public interface IExpertisePoolUnitOfWork : IUnitOfWork;
