using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Trail;

internal static class AuditRecords
{
    /// <summary>The record that follows the head, from an entry cut to the stored lengths; roles outside the contract's six are left out.</summary>
    public static AuditRecord Next(ChainHead head, AuditEntry entry, DateTime recordedAt, ChainKey key) => new(
        head.Sequence + 1,
        recordedAt,
        Clip(entry.Actor, AuditRecord.ActorLength),
        string.Join(' ', entry.Roles.Where(Roles.All.Contains).Distinct().Order(StringComparer.Ordinal)),
        Clip(entry.Action, AuditRecord.ActionLength),
        Clip(entry.ObjectType, AuditRecord.ObjectTypeLength),
        entry.ObjectId is null ? null : Clip(entry.ObjectId, AuditRecord.ObjectIdLength),
        WireName.Of(entry.Outcome),
        entry.Status,
        entry.ClientAddress,
        head.Hash,
        key,
        entry.Detail is null ? null : Clip(entry.Detail, AuditRecord.DetailLength));

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
