using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GeenKindDeBuurtUit.Audit.Infrastructure.Api;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Audit.Domain;

namespace GeenKindDeBuurtUit.Audit.Tests.Domain;

public sealed class AuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 23, 10, 15, 30, 123, DateTimeKind.Utc);
    private static readonly byte[] KeyBytes = Encoding.UTF8.GetBytes(new string('k', 40));
    private static readonly ChainKey Key = new(KeyBytes);

    [Fact]
    public void A_chain_built_record_by_record_checks_out_and_its_head_sits_on_the_last_record()
    {
        var (records, head) = Chain(5);

        var check = Walk(records, head);

        Assert.Equal(new ChainCheck(true, 5, null), check);
        Assert.Equal(AuditChain.GenesisHash, records[0].PreviousHash);
        Assert.All(records.Skip(1).Zip(records), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [Fact]
    public void The_hash_covers_every_field_and_field_boundaries()
    {
        var one = new AuditRecord(1, At, "ab", "school", "c", "support-case", null, "allowed", 200, null, AuditChain.GenesisHash, Key);
        var shifted = new AuditRecord(1, At, "a", "bschool", "c", "support-case", null, "allowed", 200, null, AuditChain.GenesisHash, Key);
        var otherStatus = new AuditRecord(1, At, "ab", "school", "c", "support-case", null, "allowed", 201, null, AuditChain.GenesisHash, Key);
        var otherTime = new AuditRecord(1, At.AddMicroseconds(1), "ab", "school", "c", "support-case", null, "allowed", 200, null, AuditChain.GenesisHash, Key);

        Assert.Equal(64, one.Hash.Length);
        Assert.Equal(4, new[] { one.Hash, shifted.Hash, otherStatus.Hash, otherTime.Hash }.Distinct().Count());
    }

    [Fact]
    public void A_record_without_a_detail_hashes_exactly_as_every_record_did_before_the_detail_existed()
    {
        var record = new AuditRecord(7, At, "ab", "school swv", "GetSupportCase", "support-case", "3f1c2a9e-0000-4000-8000-000000000001", "allowed", 200, "203.0.113.9", new string('1', 64), Key);

        // The canonical content as it was written before: eleven fields, nothing after the previous hash.
        var before = JsonSerializer.Serialize<object?[]>(
            [7L, "2026-11-23T10:15:30.1230000Z", "ab", "school swv", "GetSupportCase", "support-case", "3f1c2a9e-0000-4000-8000-000000000001", "allowed", 200, "203.0.113.9", new string('1', 64)]);

        Assert.Null(record.Detail);
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(KeyBytes, Encoding.UTF8.GetBytes(before))), record.Hash);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(before))), AuditChain.UnkeyedHashOf(record));
    }

    [Fact]
    public void A_detail_is_covered_by_the_hash_when_there_is_one()
    {
        AuditRecord With(string? detail) =>
            new(1, At, "ab", "swv", "ImportReferralHistory", "referral-history", null, "allowed", 200, null, AuditChain.GenesisHash, Key, detail);

        var hashes = new[] { With(null), With(""), With("source=\"Jaarverslag\"; schools=2"), With("source=\"Jaarverslag\"; schools=3") }.Select(r => r.Hash).ToList();

        Assert.Equal(4, hashes.Distinct().Count());
        Assert.Equal(hashes[2], With("source=\"Jaarverslag\"; schools=2").Hash);
    }

    [Fact]
    public void A_chain_holding_records_with_and_without_a_detail_checks_out_and_a_changed_detail_breaks_it_there()
    {
        var head = ChainHead.Genesis();
        var records = new List<AuditRecord>();
        for (var i = 1; i <= 4; i++)
        {
            var record = new AuditRecord(i, At.AddSeconds(i), "swv-1", "swv", "ImportReferralHistory", "referral-history", null, "allowed", 200, null, head.Hash, Key, i % 2 == 0 ? $"schools={i}; revision={i}" : null);
            head.MoveTo(record);
            records.Add(record);
        }

        Assert.Equal(new ChainCheck(true, 4, null), Walk(records, head));

        // As someone with only the database: the stored detail changed, removed or added, the hashes left alone.
        Assert.Equal(2, Walk(records.Select(r => r.Sequence == 2 ? WithDetail(r, "schools=20; revision=2") : r), head).FirstBrokenSequence);
        Assert.Equal(2, Walk(records.Select(r => r.Sequence == 2 ? WithDetail(r, null) : r), head).FirstBrokenSequence);
        Assert.Equal(3, Walk(records.Select(r => r.Sequence == 3 ? WithDetail(r, "schools=3") : r), head).FirstBrokenSequence);
    }

    [Fact]
    public void A_new_record_keeps_its_time_to_the_microsecond_as_every_engine_stores_it_so_its_hash_verifies_once_read_back()
    {
        var exact = new AuditRecord(1, At, "ab", "school", "c", "support-case", null, "allowed", 200, null, AuditChain.GenesisHash, Key);
        var finer = new AuditRecord(1, At.AddTicks(9), "ab", "school", "c", "support-case", null, "allowed", 200, null, AuditChain.GenesisHash, Key);

        Assert.Equal(At, finer.RecordedAt);
        Assert.Equal(exact.Hash, finer.Hash);
    }

    [Fact]
    public void The_hash_is_an_hmac_under_the_chain_key_not_a_plain_sha256()
    {
        var (records, head) = Chain(3);
        var otherKey = new ChainKey(System.Text.Encoding.UTF8.GetBytes(new string('q', 40)));

        Assert.All(records, r => Assert.NotEqual(AuditChain.UnkeyedHashOf(r), r.Hash));
        Assert.Equal(1, Walk(records, head, otherKey).FirstBrokenSequence);
    }

    [Fact]
    public void A_gap_breaks_the_chain_where_the_missing_record_was_and_a_short_tail_breaks_it_at_the_end()
    {
        var (records, head) = Chain(5);

        Assert.Equal(3, Walk(records.Where(r => r.Sequence != 3), head).FirstBrokenSequence);
        Assert.Equal(5, Walk(records.Take(4), head).FirstBrokenSequence);
        Assert.False(Walk(records, null).Valid);
    }

    [Fact]
    public void A_head_that_does_not_follow_refuses_to_move()
    {
        var head = ChainHead.Genesis();
        var stray = new AuditRecord(2, At, "a", "", "b", "c", null, "denied", 401, null, AuditChain.GenesisHash, Key);

        Assert.Throws<InvalidOperationException>(() => head.MoveTo(stray));
    }

    [Theory]
    [InlineData(200, AuditOutcome.Allowed)]
    [InlineData(201, AuditOutcome.Allowed)]
    [InlineData(304, AuditOutcome.Allowed)]
    [InlineData(400, AuditOutcome.Denied)]
    [InlineData(401, AuditOutcome.Denied)]
    [InlineData(403, AuditOutcome.Denied)]
    [InlineData(404, AuditOutcome.NotFound)]
    [InlineData(412, AuditOutcome.Denied)]
    [InlineData(422, AuditOutcome.Denied)]
    [InlineData(500, AuditOutcome.Denied)]
    public void Statuses_map_to_outcomes(int status, AuditOutcome outcome) =>
        Assert.Equal(outcome, AuditTrailMiddleware.OutcomeOf(status));

    private static (List<AuditRecord> Records, ChainHead Head) Chain(int length)
    {
        var head = ChainHead.Genesis();
        var records = new List<AuditRecord>();
        for (var i = 1; i <= length; i++)
        {
            var record = new AuditRecord(i, At.AddSeconds(i), $"user-{i}", "school", "GetSupportCase", "support-case", Guid.NewGuid().ToString(), "allowed", 200, "203.0.113.1", head.Hash, Key);
            head.MoveTo(record);
            records.Add(record);
        }

        return (records, head);
    }

    /// <summary>The record as it would read back after its detail was changed in the database, its stored hash kept.</summary>
    private static AuditRecord WithDetail(AuditRecord record, string? detail)
    {
        var changed = new AuditRecord(record.Sequence, record.RecordedAt, record.Actor, record.Roles, record.Action, record.ObjectType, record.ObjectId, record.Outcome, record.Status, record.ClientAddress, record.PreviousHash, Key, detail);
        typeof(AuditRecord).GetProperty(nameof(AuditRecord.Hash))!.SetValue(changed, record.Hash);
        return changed;
    }

    private static ChainCheck Walk(IEnumerable<AuditRecord> records, ChainHead? head, ChainKey? key = null)
    {
        var walk = new ChainWalk(key ?? Key);
        foreach (var record in records)
        {
            walk.Add(record);
        }

        return walk.End(head);
    }
}
