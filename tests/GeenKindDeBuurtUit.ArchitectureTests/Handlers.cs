namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>The Mediator handlers of the modules and the one message each handles.</summary>
internal static class Handlers
{
    private static readonly Type[] Interfaces =
    [
        typeof(Mediator.IRequestHandler<,>),
        typeof(Mediator.ICommandHandler<,>),
        typeof(Mediator.IQueryHandler<,>),
        typeof(Mediator.INotificationHandler<>),
        typeof(Mediator.IStreamRequestHandler<,>),
        typeof(Mediator.IStreamCommandHandler<,>),
        typeof(Mediator.IStreamQueryHandler<,>),
    ];

    public static IReadOnlyList<Type> All { get; } = Platform.Modules.SelectMany(Platform.OfModule).SelectMany(a => a.GetTypes())
        .Where(t => t is { IsClass: true, IsAbstract: false } && HandlerInterfaces(t).Any())
        .ToList();

    /// <summary>The handler interfaces a type implements, directly or through a base class such as IntegrationEventHandler.</summary>
    public static IReadOnlyList<Type> HandlerInterfaces(Type type) =>
        type.GetInterfaces().Where(i => i.IsGenericType && Interfaces.Contains(i.GetGenericTypeDefinition())).ToList();

    /// <summary>What a handler is named after: the message type, an integration event without its suffix.</summary>
    public static string MessageName(Type message) =>
        message.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal) ? message.Name[..^"IntegrationEvent".Length] : message.Name;
}
