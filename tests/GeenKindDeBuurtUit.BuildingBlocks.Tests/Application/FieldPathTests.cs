using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Application;

public sealed class FieldPathTests
{
    [Theory]
    [InlineData("Name", "name")]
    [InlineData("Participants[0].Role", "participants[0].role")]
    [InlineData("Plan.Goals[2].Description", "plan.goals[2].description")]
    [InlineData("pageSize", "pageSize")]
    [InlineData("SchoolId", "schoolId")]
    public void A_property_path_becomes_the_json_field_path_the_client_sent(string propertyPath, string field) =>
        Assert.Equal(field, FieldPath.ToJson(propertyPath));
}
