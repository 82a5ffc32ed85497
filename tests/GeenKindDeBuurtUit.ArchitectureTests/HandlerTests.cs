namespace GeenKindDeBuurtUit.ArchitectureTests;

public sealed class HandlerTests
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(Mediator.IRequestHandler<,>),
        typeof(Mediator.ICommandHandler<,>),
        typeof(Mediator.IQueryHandler<,>),
        typeof(Mediator.INotificationHandler<>),
        typeof(Mediator.IStreamRequestHandler<,>),
        typeof(Mediator.IStreamCommandHandler<,>),
        typeof(Mediator.IStreamQueryHandler<,>),
    ];

    [Fact]
    public void Handlers_are_not_public()
    {
        var handlers = Platform.Modules.SelectMany(Platform.OfModule).SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsHandlerInterface))
            .ToList();
        Assert.True(handlers.Count >= Platform.Modules.Length, $"expected handlers in every module, found {handlers.Count}");

        ArchitectureAssert.NoViolations(handlers
            .Where(t => t.IsPublic || t.IsNestedPublic || !t.IsSealed)
            .Select(t => $"{t.FullName} is {(t.IsSealed ? "" : "not sealed ")}{(t.IsPublic || t.IsNestedPublic ? "public" : "")}"));
    }

    private static bool IsHandlerInterface(Type type) =>
        type.IsGenericType && HandlerInterfaces.Contains(type.GetGenericTypeDefinition());
}
