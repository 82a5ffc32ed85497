using System.Text.Json;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Http;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Web;

public sealed class ProblemDetailsMappingTests
{
    [Fact]
    public void Invalid_input_is_a_400_with_the_field_errors()
    {
        var problem = ProblemDetailsExceptionHandler.Map(new InvalidRequestException(
            new Dictionary<string, string[]> { ["participants[0].role"] = ["'Role' must not be empty."] }));

        var validation = Assert.IsType<HttpValidationProblemDetails>(problem);
        Assert.Equal(400, validation.Status);
        Assert.Equal(["'Role' must not be empty."], validation.Errors["participants[0].role"]);
    }

    [Fact]
    public void Unreadable_json_is_a_400_naming_the_field()
    {
        var json = new JsonException("The JSON value could not be converted.", "$.participants[0].role", 1, 10);

        var problem = ProblemDetailsExceptionHandler.Map(new BadHttpRequestException("Failed to read parameter", 400, json));

        var validation = Assert.IsType<HttpValidationProblemDetails>(problem);
        Assert.Equal(400, validation.Status);
        Assert.True(validation.Errors.ContainsKey("participants[0].role"));
    }

    [Fact]
    public void A_broken_business_rule_is_a_422_with_its_code()
    {
        var problem = ProblemDetailsExceptionHandler.Map(new BusinessRuleViolationException(new FullRule()));

        Assert.Equal(422, problem.Status);
        Assert.Equal("cluster-full", problem.Extensions["code"]);
        Assert.Equal("The cluster is full.", problem.Detail);
    }

    public static TheoryData<Exception, int> KnownFailures => new()
    {
        { new NotFoundException("School", Guid.Empty), 404 },
        { new ConflictException("duplicate"), 409 },
        { new PreconditionFailedException("Case", "1", "2"), 412 },
        { new ForbiddenException("not your role"), 403 },
    };

    [Theory]
    [MemberData(nameof(KnownFailures))]
    public void Known_failures_map_to_their_status_with_their_message(Exception exception, int status)
    {
        var problem = ProblemDetailsExceptionHandler.Map(exception);

        Assert.Equal(status, problem.Status);
        Assert.Equal(exception.Message, problem.Detail);
    }

    [Fact]
    public void Anything_else_is_a_500_that_tells_nothing_of_the_failure()
    {
        var problem = ProblemDetailsExceptionHandler.Map(new InvalidOperationException("Server=db;Password=secret"));

        Assert.Equal(500, problem.Status);
        Assert.Null(problem.Detail);
        Assert.DoesNotContain("secret", problem.Title, StringComparison.Ordinal);
        Assert.Empty(problem.Extensions);
    }

    private sealed class FullRule : IBusinessRule
    {
        public string Code => "cluster-full";

        public string Message => "The cluster is full.";

        public bool IsBroken() => true;
    }
}
