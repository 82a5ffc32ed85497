using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Facilities.Application;
using GeenKindDeBuurtUit.Facilities.Application.Access;
using GeenKindDeBuurtUit.Facilities.Application.Directory;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Api;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Upkeep;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Facilities;

/// <summary>
/// The BEN map: the facilities (voorzieningen) in and around each school, kept current by the
/// partner organisations that run them (docs/adr/0059, 0060).
/// </summary>
public sealed class FacilitiesModule : IModule
{
    public string Name => "Facilities";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<FacilitiesDbContext>(Name, FacilitiesDbContext.SchemaName);
        services.AddScoped<IFacilitiesUnitOfWork>(provider => provider.GetRequiredService<FacilitiesDbContext>());
        services.AddModuleConventions(typeof(FacilitiesModule).Assembly, typeof(IFacilitiesUnitOfWork).Assembly);
        services.AddScoped<ISchoolMap, SchoolMap>();
        services.AddScoped<FacilityAccess>();
        services.AddScoped<FacilityChanges>();

        services.AddOptions<BenMapOptions>().Bind(configuration.GetSection(BenMapOptions.Section))
            .Validate(o => o.ConfirmEvery is >= 1 and <= 60, "BenMap:ConfirmEvery is whole months, 1 to 60.")
            .Validate(o => o.GracePeriod is >= 0 and <= 24, "BenMap:GracePeriod is whole months, 0 to 24.")
            .Validate(o => o.ReminderBefore >= 0 && o.ReminderBefore < o.ConfirmEvery, "BenMap:ReminderBefore is whole months, 0 up to less than BenMap:ConfirmEvery.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BenMapOptions>>().Value;
            return new ConfirmationPolicy(options.ConfirmEvery, options.GracePeriod, options.ReminderBefore);
        });
        services.AddScoped<IModuleStartupTask, UpkeepSchedule>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => FacilityEndpoints.Map(api);
}
