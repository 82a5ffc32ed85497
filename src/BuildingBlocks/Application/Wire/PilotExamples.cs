namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;

/// <summary>
/// Ids of the seeded pilot (stable on every installation), for the examples in the OpenAPI document:
/// a body tried from Swagger UI then names a school, board, cluster and area that exist.
/// </summary>
public static class PilotExamples
{
    /// <summary>El Amien 1, in Osdorp.</summary>
    public static readonly Guid School = Guid.Parse("7535f312-c0f6-5e5f-b80c-ad86c3116d31");

    /// <summary>The board of El Amien 1 (a placeholder board of the pilot data).</summary>
    public static readonly Guid Board = Guid.Parse("be39ff03-3774-55c2-8500-0ba722518ce6");

    /// <summary>The cluster of El Amien 1, Lukkasschool and IKC het Talent.</summary>
    public static readonly Guid Cluster = Guid.Parse("5d330fa1-2238-5bfb-9bbd-91a7bbe6070c");

    /// <summary>Osdorp.</summary>
    public static readonly Guid Area = Guid.Parse("3dbc0618-b0e8-52fd-98dc-2210cbb8d433");

    /// <summary>A past date, so that no rule against dates in the future refuses the example.</summary>
    public static readonly DateOnly Day = new(2026, 9, 14);

    public const string SchoolYear = "2025-2026";

    /// <summary>The contract's pattern of a school year; the year after the first is checked by the API.</summary>
    public const string SchoolYearPattern = "^[0-9]{4}-[0-9]{4}$";
}
