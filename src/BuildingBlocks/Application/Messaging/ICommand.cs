using Mediator;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

/// <summary>A request that changes state; passes through the validation pipeline.</summary>
public interface ICommand<out TResponse> : Mediator.ICommand<TResponse>;

public interface ICommandHandler<in TCommand, TResponse> : Mediator.ICommandHandler<TCommand, TResponse>
    where TCommand : ICommand<TResponse>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResponse> : Mediator.IQuery<TResponse>;

public interface IQueryHandler<in TQuery, TResponse> : Mediator.IQueryHandler<TQuery, TResponse>
    where TQuery : IQuery<TResponse>;
