using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Modules;
using GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Application;

public sealed class ValidationBehaviorTests
{
    private readonly HandlerCalls _calls = new();

    [Fact]
    public async Task An_invalid_command_reports_the_failures_of_every_validator_by_json_field_path()
    {
        var invalid = new EnrolChild("", [new Participant("parent"), new Participant(null)]);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => SendAsync(invalid));

        Assert.Equal(["name", "participants[1].role"], refused.Errors.Keys.Order());
        Assert.Single(refused.Errors["participants[1].role"]);
    }

    [Fact]
    public async Task An_invalid_command_never_reaches_its_handler()
    {
        await Assert.ThrowsAsync<InvalidRequestException>(() => SendAsync(new EnrolChild(null, [])));

        Assert.Equal(0, _calls.Count);
    }

    [Fact]
    public async Task A_valid_command_reaches_its_handler()
    {
        var answer = await SendAsync(new EnrolChild("Noor", [new Participant("parent")]));

        Assert.Equal("enrolled Noor", answer);
        Assert.Equal(1, _calls.Count);
    }

    [Fact]
    public async Task A_validator_that_needs_nothing_or_only_singletons_is_built_once()
    {
        var (inFirst, inSecond) = await ValidatorsOfTwoScopesAsync(services => services.AddSingleton(_calls));

        Assert.Equal(["EnrolChildCountingValidator", "EnrolChildNameValidator", "EnrolChildParticipantsValidator"], inFirst.Keys.Order());
        Assert.All(inFirst, validator => Assert.Same(validator.Value, inSecond[validator.Key]));
    }

    [Fact]
    public async Task A_validator_with_a_scoped_dependency_is_built_in_each_scope()
    {
        var (inFirst, inSecond) = await ValidatorsOfTwoScopesAsync(services => services.AddScoped(_ => _calls));

        Assert.Same(inFirst["EnrolChildNameValidator"], inSecond["EnrolChildNameValidator"]);
        Assert.Same(inFirst["EnrolChildParticipantsValidator"], inSecond["EnrolChildParticipantsValidator"]);
        Assert.NotSame(inFirst["EnrolChildCountingValidator"], inSecond["EnrolChildCountingValidator"]);
    }

    private static async Task<(Dictionary<string, IValidator<EnrolChild>> First, Dictionary<string, IValidator<EnrolChild>> Second)> ValidatorsOfTwoScopesAsync(
        Action<IServiceCollection> registerCalls)
    {
        var services = new ServiceCollection();
        registerCalls(services);
        services.AddModuleConventions(typeof(EnrolChild).Assembly);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var first = provider.CreateAsyncScope();
        await using var second = provider.CreateAsyncScope();
        return (first.ServiceProvider.GetServices<IValidator<EnrolChild>>().ToDictionary(v => v.GetType().Name),
            second.ServiceProvider.GetServices<IValidator<EnrolChild>>().ToDictionary(v => v.GetType().Name));
    }

    private async Task<string> SendAsync(EnrolChild command)
    {
        var services = new ServiceCollection();
        services.AddSingleton(_calls);
        services.AddModuleConventions(typeof(EnrolChild).Assembly);
        services.AddTestMediator();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }
}
