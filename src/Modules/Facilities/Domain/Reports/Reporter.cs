namespace GeenKindDeBuurtUit.Facilities.Domain.Reports;

/// <summary>Who reports: the account's <c>sub</c>, and the school the report counts for when the token is a school's.</summary>
public sealed record Reporter(string Sub, Guid? SchoolId)
{
    public string Key => SchoolId?.ToString() ?? Sub;
}
