namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

/// <summary>The roles of the API contract's Authentication section, as they appear in the <c>role</c> claim.</summary>
public static class Roles
{
    public const string School = "school";
    public const string Swv = "swv";
    public const string Coordinator = "coordinator";
    public const string Treasurer = "treasurer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [School, Swv, Coordinator, Treasurer, Analyst, Admin];
}
