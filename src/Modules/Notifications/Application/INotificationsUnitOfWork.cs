using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.Notifications.Application;

/// <summary>The Notifications module's transaction.</summary>
public interface INotificationsUnitOfWork : IUnitOfWork;
