namespace GeenKindDeBuurtUit.Testing;

/// <summary>The seeded pilot's ids, which are stable across installations (derived from names).</summary>
public static class PilotIds
{
    public static readonly Guid Osdorp = Guid.Parse("3dbc0618-b0e8-52fd-98dc-2210cbb8d433");
    public static readonly Guid BosEnLommer = Guid.Parse("b52665b5-c2ff-5b3e-b8bb-30e79f342391");
}
