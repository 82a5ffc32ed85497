using Mediator;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

/// <summary>The test project's one mediator, configured as the host configures its own.</summary>
public static class TestMediator
{
    public static IServiceCollection AddTestMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
        });
}
