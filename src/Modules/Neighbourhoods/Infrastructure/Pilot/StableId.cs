using System.Security.Cryptography;
using System.Text;

namespace GeenKindDeBuurtUit.Neighbourhoods.Infrastructure.Pilot;

/// <summary>
/// Ids of the pilot's seeded records derived from their names, so that every installation (and
/// every example in the documentation) knows Osdorp by the same id.
/// </summary>
internal static class StableId
{
    public static Guid For(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"geenkinddebuurtuit:{kind}:{name}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5-style name-based id
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
