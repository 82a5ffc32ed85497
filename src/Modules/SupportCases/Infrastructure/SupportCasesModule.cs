using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.Application;
using GeenKindDeBuurtUit.SupportCases.Application.Access;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Application.History;
using GeenKindDeBuurtUit.SupportCases.Domain.History;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Retention;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.SupportCases;

/// <summary>The support route of a child: levels 1-5, OPP, OT meetings and referrals to special education.</summary>
public sealed class SupportCasesModule : IModule
{
    public string Name => "SupportCases";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CaseAnswers>();
        services.AddSingleton<CaseAnswerKeeping>();
        services.AddModuleDbContext<SupportCasesDbContext>(Name, SupportCasesDbContext.SchemaName,
            (options, provider) => options.AddInterceptors(provider.GetRequiredService<CaseAnswerKeeping>()));
        services.AddScoped<ISupportCasesUnitOfWork>(provider => provider.GetRequiredService<SupportCasesDbContext>());
        services.AddModuleConventions(typeof(SupportCasesModule).Assembly, typeof(ISupportCasesUnitOfWork).Assembly);
        services.AddScoped<ISchoolDirectory, SchoolDirectory>();
        services.AddScoped<IClosedSchoolYears, ClosedSchoolYearsOfArea>();
        services.AddScoped<IHistoryDirectory, HistoryDirectory>();
        services.AddScoped<IHistoryRepository<ReferralHistory>, HistoryRepository<ReferralHistory, ReferralHistoryRow>>();
        services.AddScoped<IHistoryRepository<ThuiszitterHistory>, HistoryRepository<ThuiszitterHistory, ThuiszitterHistoryRow>>();
        services.AddScoped<HistoryImports>();
        services.AddScoped<SupportCaseAccess>();
        services.AddScoped<SupportCaseChanges>();
        services.AddScoped<LookupAuditRecords>();

        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.ClosedCaseYears >= 1 && o.ReferredCaseYears >= 1, "Retention:ClosedCaseYears and Retention:ReferredCaseYears are whole years, at least 1.")
            .Validate(o => o.BatchSize >= 1, "Retention:BatchSize is at least 1.")
            .ValidateOnStart();
        services.AddScoped<SupportCaseErasure>();
        services.AddScoped<IModuleStartupTask, RetentionSchedule>();
        services.AddScoped<CaseAnswerBackfill>();
        services.AddScoped<IModuleStartupTask, CaseAnswerBackfillStart>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SupportCaseEndpoints.Map(api);
        HistoryEndpoints.Map(api);
    }
}
