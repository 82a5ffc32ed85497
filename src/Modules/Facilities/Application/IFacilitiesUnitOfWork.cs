using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.Facilities.Application;

/// <summary>The Facilities module's transaction; its events go to the module's own outbox.</summary>
public interface IFacilitiesUnitOfWork : IUnitOfWork;
