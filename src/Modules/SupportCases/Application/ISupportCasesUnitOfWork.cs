using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.SupportCases.Application;

/// <summary>The Support Cases module's transaction; its events go to the module's own outbox.</summary>
public interface ISupportCasesUnitOfWork : IUnitOfWork;
