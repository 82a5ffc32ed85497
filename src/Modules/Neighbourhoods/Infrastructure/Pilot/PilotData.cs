namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Pilot;

/// <summary>
/// The pilot's areas, clusters and schools as seed 001 names them. The seeds name no boards and
/// no BRIN codes: the boards here are placeholders and say so in their names.
/// </summary>
internal static class PilotData
{
    public static readonly IReadOnlyList<string> PlaceholderBoards =
    [
        "Placeholder board A (pilot data, not a real board)",
        "Placeholder board B (pilot data, not a real board)",
        "Placeholder board C (pilot data, not a real board)",
    ];

    public static readonly IReadOnlyList<PilotCluster> Clusters =
    [
        new("Osdorp", "Osdorp cluster 1", ["El Amien 1", "Lukkasschool", "IKC het Talent"]),
        new("Osdorp", "Osdorp cluster 2", ["Globe", "Ichtusschool", "Johannesschool", "Osdorpse Montessori"]),
        new("Osdorp", "Osdorp cluster 3", ["Atlantis", "De Punt"]),
        new("Bos en Lommer", "Bos en Lommer cluster 1", ["IKC De Boomgaard", "Bos en Lommerschool", "El Amien 2", "Multatulischool"]),
        new("Bos en Lommer", "Bos en Lommer cluster 2", ["Catamaran Landlust", "Tijl Uilenspiegelschool", "Vindplaats", "Zijderoute"]),
    ];

    internal sealed record PilotCluster(string Area, string Name, IReadOnlyList<string> Schools);
}
