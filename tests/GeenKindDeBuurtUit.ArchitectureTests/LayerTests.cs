using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace GeenKindDeBuurtUit.ArchitectureTests;

public sealed class LayerTests
{
    [Fact]
    public void Domain_does_not_depend_on_infrastructure()
    {
        var domain = Types.InAssemblies(Platform.Assemblies).That().ResideInNamespaceMatching(@"^GeenKindDeBuurtUit(\.\w+)*\.Domain(\.|$)");
        var namespaces = domain.GetTypes().Select(t => t.Namespace).ToHashSet();
        Assert.Contains("GeenKindDeBuurtUit.BuildingBlocks.Domain", namespaces);
        Assert.Contains("GeenKindDeBuurtUit.Neighbourhoods.Domain", namespaces);
        string[] infrastructure =
        [
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Mediator",
            .. Platform.Types.Select(t => t.Namespace).OfType<string>()
                .Select(n => Regex.Match(n, @"^GeenKindDeBuurtUit(\.\w+)*?\.Infrastructure(?=\.|$)"))
                .Where(m => m.Success).Select(m => m.Value).Distinct(),
        ];
        Assert.Contains("GeenKindDeBuurtUit.BuildingBlocks.Infrastructure", infrastructure);

        var result = domain.ShouldNot().HaveDependencyOnAny(infrastructure).GetResult();

        ArchitectureAssert.Holds(result, "A domain depends on no EF Core, ASP.NET Core, Hangfire, Mediator or infrastructure");
    }

    [Fact]
    public void Integration_events_depend_only_on_building_block_integration_events()
    {
        var buildingBlock = Platform.Named("GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents");
        var contracts = Platform.Assemblies.Where(Platform.IsIntegrationEvents).Where(a => a != buildingBlock).ToList();
        // Only a module that publishes events has an IntegrationEvents project.
        Assert.NotEmpty(contracts);

        foreach (var contract in contracts)
        {
            var ours = Platform.Assemblies.Where(a => a != buildingBlock && a != contract).SelectMany(Platform.TypeNames).ToArray();

            var result = Types.InAssembly(contract).ShouldNot().HaveDependencyOnAny(ours).GetResult();

            ArchitectureAssert.Holds(result, $"{contract.GetName().Name} depends on nothing of ours but the building block's IntegrationEvent");
        }
    }
}
