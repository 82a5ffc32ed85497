using System.Text;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>
/// docs/events.md says, for every integration event, which module publishes it from which file and
/// which handlers consume it. It is written from the assemblies and the source, never by hand: a
/// stale catalogue fails here and is rewritten, to be committed.
/// </summary>
public sealed class EventCatalogueTests
{
    private const string CataloguePath = "docs/events.md";

    [Fact]
    public void The_event_catalogue_is_current()
    {
        var path = Path.Combine(Sources.Root, CataloguePath);
        var expected = Catalogue();
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (actual != expected)
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(actual == expected, $"{CataloguePath} was stale and has been rewritten from the code; review and commit it.");
    }

    [Fact]
    public void Every_event_is_published_by_its_own_module_only()
    {
        ArchitectureAssert.NoViolations(Events().SelectMany(e =>
        {
            var publishers = PublishersOf(e);
            return publishers.Count == 0
                ? [$"{e.Name} is never constructed with `new {e.Name}(` in a module"]
                : publishers.Where(file => Sources.ModuleOf(file) != ModuleOf(e)).Select(file => $"{e.Name} of {ModuleOf(e)} is constructed in {file}");
        }));
    }

    private static string Catalogue()
    {
        var text = new StringBuilder();
        text.Append("# Integration events\n\n")
            .Append("What each module tells the others, who says it and who listens. Generated from the code by\n")
            .Append("`EventCatalogueTests` (tests/GeenKindDeBuurtUit.ArchitectureTests); do not edit: run that test and\n")
            .Append("commit what it writes. Events travel through the publisher's outbox and each consumer's inbox\n")
            .Append("([ADR 0005](adr/0005-outbox-inbox-and-relay-on-hangfire.md)).\n");
        foreach (var group in Events().GroupBy(ModuleOf).OrderBy(g => Array.IndexOf(Platform.Modules, g.Key)))
        {
            text.Append($"\n## {group.Key}\n\n| event | published in | consumed by |\n| --- | --- | --- |\n");
            foreach (var e in group.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var publishers = PublishersOf(e).Select(f => $"[{Path.GetFileName(f)}](../{f})");
                var consumers = ConsumersOf(e).Select(h => $"{ModuleOfHandler(h)}: [{h.Name}](../{FileOf(h)})");
                text.Append($"| `{Handlers.MessageName(e)}` | {string.Join("<br>", publishers)} | {string.Join("<br>", consumers)} |\n");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<Type> Events() =>
        Platform.Assemblies.Where(Platform.IsIntegrationEvents).SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(IntegrationEvent)));

    private static string ModuleOf(Type e) => e.Assembly.GetName().Name!.Split('.')[1];

    private static string ModuleOfHandler(Type handler) => handler.Assembly.GetName().Name!.Split('.')[1];

    private static List<string> PublishersOf(Type e) =>
        Sources.ModuleFiles.Where(f => !f.Contains("/IntegrationEvents/", StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(Sources.Read(f), $@"\bnew {e.Name}\("))
            .ToList();

    private static IEnumerable<Type> ConsumersOf(Type e) =>
        Handlers.All.Where(h => Handlers.HandlerInterfaces(h).Any(i => i.GetGenericArguments()[0] == e))
            .OrderBy(h => Array.IndexOf(Platform.Modules, ModuleOfHandler(h))).ThenBy(h => h.FullName, StringComparer.Ordinal);

    private static string FileOf(Type handler) =>
        Sources.ModuleFiles.FirstOrDefault(f => Sources.Read(f) is var text
                && text.Contains($"namespace {handler.Namespace};", StringComparison.Ordinal)
                && Regex.IsMatch(text, $@"\bclass {handler.Name}\b"))
            ?? throw new InvalidOperationException($"no source file declares {handler.FullName}");
}
