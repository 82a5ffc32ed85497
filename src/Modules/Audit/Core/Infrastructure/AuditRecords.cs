using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Auditing;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;

namespace GeenKindDeBuurtUit.Audit.Infrastructure;

internal static class AuditRecords
{
    /// <summary>The record that follows the head, from an entry cut to the stored lengths; roles outside the contract's six are left out.</summary>
    public static AuditRecord Next(ChainHead head, AuditEntry entry, DateTime recordedAt, ChainKey key) => new(
        head.Sequence + 1,
        recordedAt,
        Clip(entry.Actor, AuditRecordConfiguration.ActorLength),
        string.Join(' ', entry.Roles.Where(Roles.All.Contains).Distinct().Order(StringComparer.Ordinal)),
        Clip(entry.Action, AuditRecordConfiguration.ActionLength),
        Clip(entry.ObjectType, AuditRecordConfiguration.ObjectTypeLength),
        entry.ObjectId is null ? null : Clip(entry.ObjectId, AuditRecordConfiguration.ObjectIdLength),
        WireName.Of(entry.Outcome),
        entry.Status,
        entry.ClientAddress,
        head.Hash,
        key);

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
