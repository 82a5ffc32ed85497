namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

/// <summary>The roles of the API contract's Authentication section, as they appear in the <c>role</c> claim (<c>partner</c>: an organisation stewarding facilities on the BEN map).</summary>
public static class Roles
{
    public const string School = "school";
    public const string Swv = "swv";
    public const string Coordinator = "coordinator";
    public const string Treasurer = "treasurer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [School, Swv, Coordinator, Treasurer, Analyst, Admin, Partner];
}
