using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.ArchitectureTests;

public sealed class ModuleRegistrationTests
{
    private static readonly IReadOnlyList<IModule> Modules = Platform.Types
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IModule).IsAssignableFrom(t))
        .Select(t => (IModule)Activator.CreateInstance(t)!)
        .ToList();

    [Fact]
    public void Every_module_registers_a_database_context_with_its_own_schema()
    {
        Assert.Equal(Platform.Modules.Order(), Modules.Select(m => m.Name).Order());

        var databases = Modules.Select(module => Assert.Single(Registrations(module), d => d.Module == module.Name)).ToList();

        Assert.Equal(databases.Count, databases.Select(d => d.Schema).Distinct().Count());
        Assert.Equal(databases.Count, databases.Select(d => d.ContextType).Distinct().Count());
        using var services = ProviderFor(Modules);
        using var scope = services.CreateScope();
        Assert.All(databases, d => Assert.Equal(d.Schema, ((ModuleDbContext)scope.ServiceProvider.GetRequiredService(d.ContextType)).Schema));
    }

    [Fact]
    public void Modules_share_no_table_on_sqlite()
    {
        using var services = ProviderFor(Modules);
        using var scope = services.CreateScope();
        var tables = scope.ServiceProvider.GetServices<ModuleDatabase>()
            .SelectMany(d => ((DbContext)scope.ServiceProvider.GetRequiredService(d.ContextType)).Model.GetEntityTypes()
                .Select(e => e.GetTableName()).OfType<string>().Distinct().Select(table => (d.Module, Table: table)))
            .ToList();

        ArchitectureAssert.NoViolations(tables.GroupBy(t => t.Table).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} is a table of {string.Join(" and ", g.Select(t => t.Module))}"));
    }

    private static IEnumerable<ModuleDatabase> Registrations(IModule module)
    {
        var services = new ServiceCollection();
        module.AddServices(services, new ConfigurationBuilder().Build());
        return services.Where(s => s.ServiceType == typeof(ModuleDatabase)).Select(s => s.ImplementationInstance).OfType<ModuleDatabase>();
    }

    private static ServiceProvider ProviderFor(IEnumerable<IModule> modules)
    {
        var services = new ServiceCollection();
        var database = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:", false);
        services.AddSingleton(database);
        services.AddSqlitePersistence(database);

        // What the host gives every module.
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        foreach (var module in modules)
        {
            module.AddServices(services, new ConfigurationBuilder().Build());
        }

        return services.BuildServiceProvider();
    }
}
