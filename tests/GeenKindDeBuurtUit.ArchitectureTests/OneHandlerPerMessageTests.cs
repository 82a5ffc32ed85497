namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>The handler of a message is found by the message's name (docs/adr/0038).</summary>
public sealed class OneHandlerPerMessageTests
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

    public static TheoryData<string> Modules => new(Platform.Modules);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Handlers_handle_one_message_and_are_named_after_it(string module)
    {
        var handlers = Platform.OfModule(module).SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Select(t => (Type: t, Messages: Messages(t).Distinct().ToList()))
            .Where(h => h.Messages.Count > 0)
            .ToList();

        ArchitectureAssert.NoViolations(handlers.Select(h => h.Messages.Count > 1
                ? $"{h.Type.FullName} handles {string.Join(", ", h.Messages.Select(m => m.Name))}"
                : h.Type.Name != ExpectedName(h.Messages[0]) ? $"{h.Type.FullName} handles {h.Messages[0].Name}: name it {ExpectedName(h.Messages[0])}" : null)
            .OfType<string>());
    }

    private static IEnumerable<Type> Messages(Type type) =>
        type.GetInterfaces().Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())).Select(i => i.GetGenericArguments()[0]);

    private static string ExpectedName(Type message) =>
        (message.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal) ? message.Name[..^"IntegrationEvent".Length] : message.Name) + "Handler";
}
