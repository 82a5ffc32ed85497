using System.Text.RegularExpressions;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>A reader finds a message's handler by its name: one handler per message, per class and per file (docs/adr/0038).</summary>
public sealed partial class OneHandlerPerFileTests
{
    [Fact]
    public void A_handler_handles_one_message_and_is_named_after_it()
    {
        Assert.True(Handlers.All.Count >= Platform.Modules.Length, $"expected handlers in every module, found {Handlers.All.Count}");

        ArchitectureAssert.NoViolations(Handlers.All.SelectMany(handler =>
        {
            var messages = Handlers.HandlerInterfaces(handler).Select(i => i.GetGenericArguments()[0]).Distinct().ToList();
            return messages.Count != 1
                ? [$"{handler.FullName} handles {messages.Count} messages: {string.Join(", ", messages.Select(m => m.Name))}"]
                : handler.Name != Handlers.MessageName(messages[0]) + "Handler"
                    ? [$"{handler.FullName} handles {messages[0].Name}, so it is named {Handlers.MessageName(messages[0])}Handler"]
                    : Array.Empty<string>();
        }));
    }

    [Fact]
    public void A_handler_is_written_in_a_file_named_after_its_message()
    {
        ArchitectureAssert.NoViolations(Handlers.All
            .Where(handler => !Sources.ModuleFiles.Any(file => IsHomeOf(file, handler)))
            .Select(handler => $"{handler.FullName} is not in {handler.Name[..^"Handler".Length]}.cs or {handler.Name}.cs of its namespace's folder"));
    }

    [Fact]
    public void A_file_holds_at_most_one_handler()
    {
        ArchitectureAssert.NoViolations(Sources.ModuleFiles
            .Select(file => (file, handlers: HandlerClass().Matches(Sources.Read(file)).Select(m => m.Groups["name"].Value).ToList()))
            .Where(f => f.handlers.Count > 1)
            .Select(f => $"{f.file} holds {string.Join(", ", f.handlers)}"));
    }

    private static bool IsHomeOf(string file, Type handler)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        if (name != handler.Name && name + "Handler" != handler.Name)
        {
            return false;
        }

        var text = Sources.Read(file);
        return text.Contains($"namespace {handler.Namespace};", StringComparison.Ordinal)
            && Regex.IsMatch(text, $@"\bclass {handler.Name}\b");
    }

    [GeneratedRegex(@"\bclass (?<name>\w+)\b[^{;]*?:[^{;]*\b(ICommandHandler|IQueryHandler|INotificationHandler|IRequestHandler|IntegrationEventHandler)<")]
    private static partial Regex HandlerClass();
}
