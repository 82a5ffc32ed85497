using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GeenKindDeBuurtUit.Audit.Tests.Api.AuditApi;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>
/// The verification recomputes the chain from what is stored. Each tampering test goes around the
/// append-only triggers the way someone with the database's own rights could, checks that the
/// verification notices, and puts the rows back exactly (the chain is then valid again).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ChainTests(PlatformFactory platform)
{
    private const string Columns = "Sequence, RecordedAt, Actor, Roles, Action, ObjectType, ObjectId, Outcome, Status, ClientAddress, PreviousHash, Hash, Detail";
    private readonly AuditApi api = new(platform);

    [Fact]
    public async Task The_database_itself_refuses_to_update_or_delete_a_record()
    {
        await SomeRecordsAsync();

        var update = await Assert.ThrowsAnyAsync<DbException>(() => api.ExecuteAsync("update audit_records set Actor = 'someone-else' where Sequence = 1"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => api.ExecuteAsync("delete from audit_records where Sequence = 1"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        await AssertValidAsync();
    }

    [Theory]
    [InlineData("Actor = 'someone-else'")]
    [InlineData("Outcome = 'denied'")]
    [InlineData("RecordedAt = '2020-01-01 00:00:00'")]
    [InlineData("ObjectId = NULL")]
    public async Task A_record_changed_in_the_database_makes_the_chain_invalid_from_that_record(string change)
    {
        var sequence = await SomeRecordsAsync() - 2;
        var original = await RowAsync(sequence);

        await TamperAsync($"update audit_records set {change} where Sequence = {sequence}");
        await AssertBrokenAtAsync(sequence);

        await TamperAsync($"delete from audit_records where Sequence = {sequence}; insert into audit_records ({Columns}) values ({original})");
        await AssertValidAsync();
    }

    [Theory]
    [InlineData("Detail = 'source=\"Jaarverslag\"; schools=99; revision=1; replaced=false'")]
    [InlineData("Detail = NULL")]
    public async Task An_imports_detail_changed_or_removed_in_the_database_makes_the_chain_invalid_from_that_record(string change)
    {
        await SomeRecordsAsync();
        var swv = platform.ClientAs(Roles.Swv);
        var year = change.Contains("NULL", StringComparison.Ordinal) ? "1972-1973" : "1973-1974";
        var import = await swv.PutAsJsonAsync($"/api/v1/referral-history/{year}", new { source = "Jaarverslag", rows = new[] { new { schoolId = await api.SchoolAsync(3), sbo = 2, soLow = 0, soMedium = 0, soHigh = 0 } } });
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        await swv.GetAsync($"{Cases}?pageSize=1");
        var sequence = await platform.CountAsync("select max(Sequence) from audit_records") - 1;
        var original = await RowAsync(sequence);
        Assert.Contains("schools=1; sbo=2", original, StringComparison.Ordinal);

        await TamperAsync($"update audit_records set {change} where Sequence = {sequence}");
        await AssertBrokenAtAsync(sequence);

        await TamperAsync($"delete from audit_records where Sequence = {sequence}; insert into audit_records ({Columns}) values ({original})");
        await AssertValidAsync();
    }

    [Fact]
    public async Task A_record_whose_hash_was_recomputed_still_breaks_the_link_to_the_next_one()
    {
        var sequence = await SomeRecordsAsync() - 1;
        var original = await RowAsync(sequence);

        await TamperAsync($"update audit_records set Hash = '{new string('a', 64)}' where Sequence = {sequence}");
        await AssertBrokenAtAsync(sequence);

        await TamperAsync($"delete from audit_records where Sequence = {sequence}; insert into audit_records ({Columns}) values ({original})");
        await AssertValidAsync();
    }

    [Fact]
    public async Task A_record_removed_from_the_middle_or_from_the_end_makes_the_chain_invalid()
    {
        var last = await SomeRecordsAsync();
        var middle = await RowAsync(last - 2);
        var tail = await RowAsync(last);

        await TamperAsync($"delete from audit_records where Sequence = {last - 2}");
        await AssertBrokenAtAsync(last - 2);
        await TamperAsync($"insert into audit_records ({Columns}) values ({middle})");
        await AssertValidAsync();

        await TamperAsync($"delete from audit_records where Sequence = {last}");
        await AssertBrokenAtAsync(last);
        await TamperAsync($"insert into audit_records ({Columns}) values ({tail})");
        await AssertValidAsync();
    }

    [Fact]
    public async Task Two_records_swapped_make_the_chain_invalid()
    {
        var last = await SomeRecordsAsync();
        var (a, b) = (last - 3, last - 2);

        await TamperAsync($"update audit_records set Sequence = -1 where Sequence = {a}; update audit_records set Sequence = {a} where Sequence = {b}; update audit_records set Sequence = {b} where Sequence = -1");
        await AssertBrokenAtAsync(a);

        await TamperAsync($"update audit_records set Sequence = -1 where Sequence = {b}; update audit_records set Sequence = {b} where Sequence = {a}; update audit_records set Sequence = {a} where Sequence = -1");
        await AssertValidAsync();
    }

    [Fact]
    public async Task A_record_changed_and_the_chain_rehashed_with_plain_sha256_from_there_on_is_detected_at_that_record()
    {
        var sequence = await SomeRecordsAsync() - 2;
        var originals = await RowsFromAsync(sequence);

        await RewriteFromAsync(sequence, AuditChain.UnkeyedHashOf);
        await AssertBrokenAtAsync(sequence);

        await RestoreAsync(sequence, originals);
        await AssertValidAsync();
    }

    [Fact]
    public async Task A_chain_rehashed_under_another_key_is_detected_and_only_the_right_key_makes_a_rewrite_fit()
    {
        var sequence = await SomeRecordsAsync() - 2;
        var originals = await RowsFromAsync(sequence);
        var other = new ChainKey(Encoding.UTF8.GetBytes("another-key-than-the-hosts-own-0123456789"));
        var right = new ChainKey(Encoding.UTF8.GetBytes(PlatformFactory.AuditChainKey));

        await RewriteFromAsync(sequence, other.HashOf);
        await AssertBrokenAtAsync(sequence);

        // What the key's holder could do, and nobody else: proof that the key is what the verification trusts.
        await RewriteFromAsync(sequence, right.HashOf);
        await AssertValidAsync();

        await RestoreAsync(sequence, originals);
        await AssertValidAsync();
    }

    [Fact]
    public async Task Concurrent_calls_append_one_record_each_and_the_chain_never_forks()
    {
        var schoolId = await api.SchoolAsync(8);
        var (school, _) = api.Caller(Roles.School, schoolId);
        var caseId = await OpenCaseAsync(school, schoolId, "AUD-CONCURRENT-1");
        var before = await platform.CountAsync("select count(*) from audit_records");
        const int calls = 40;

        var answers = await Task.WhenAll(Enumerable.Range(0, calls).Select(i => i % 4 == 0
            ? platform.Anonymous().GetAsync($"{Cases}/{caseId}")
            : platform.ClientAs(i % 2 == 0 ? Roles.Swv : Roles.Admin).GetAsync($"{Cases}/{caseId}")));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, a.StatusCode.ToString()));
        Assert.Equal(before + calls, await platform.CountAsync("select count(*) from audit_records"));
        Assert.Equal(before + calls, await platform.CountAsync("select max(Sequence) from audit_records"));
        Assert.Equal(calls + 1, (await api.RecordsOfAsync(caseId)).Count);
        await AssertValidAsync();
    }

    /// <summary>Makes sure a few records exist and answers the last sequence number.</summary>
    private async Task<long> SomeRecordsAsync()
    {
        var schoolId = await api.SchoolAsync(9);
        var (school, _) = api.Caller(Roles.School, schoolId);
        var caseId = await OpenCaseAsync(school, schoolId, "AUD-CHAIN-" + Guid.NewGuid().ToString("N")[..6]);
        await school.GetAsync($"{Cases}/{caseId}");
        await platform.Anonymous().GetAsync($"{Cases}/{caseId}");
        await api.Caller(Roles.Analyst).Client.GetAsync($"{Cases}/{caseId}");
        await AssertValidAsync();
        return await platform.CountAsync("select max(Sequence) from audit_records");
    }

    private async Task AssertValidAsync()
    {
        var verification = await api.VerifyAsync();
        Assert.True(verification["valid"]!.GetValue<bool>(), verification.ToJsonString());
        Assert.Equal(await platform.CountAsync("select count(*) from audit_records"), verification["records"]!.GetValue<long>());
        Assert.Null(verification["firstBrokenSequence"]?.GetValue<long>());
    }

    private async Task AssertBrokenAtAsync(long sequence)
    {
        var verification = await api.VerifyAsync();
        Assert.False(verification["valid"]!.GetValue<bool>(), verification.ToJsonString());
        Assert.Equal(sequence, verification["firstBrokenSequence"]!.GetValue<long>());
    }

    // As an operator with full rights would: without the append-only triggers, then with them again.
    private Task TamperAsync(string sql) => api.ExecuteAsync(TestProvider.OnPostgreSql
        ? "alter table audit.records disable trigger records_append_only; " + sql + "; alter table audit.records enable trigger records_append_only;"
        : "drop trigger audit_records_no_update; drop trigger audit_records_no_delete; " + sql + "; "
          + "create trigger audit_records_no_update before update on audit_records begin select raise(abort, 'audit records are append-only'); end; "
          + "create trigger audit_records_no_delete before delete on audit_records begin select raise(abort, 'audit records are append-only'); end;");

    /// <summary>
    /// As someone with only the database would rewrite history: the record's actor changed, then
    /// every hash from it to the head recomputed with <paramref name="hashOf"/>, so each link fits.
    /// </summary>
    private async Task RewriteFromAsync(long sequence, Func<AuditRecord, string> hashOf)
    {
        List<AuditRecord> records;
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            records = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
                .Where(r => r.Sequence >= sequence).OrderBy(r => r.Sequence).ToListAsync();
        }

        var sql = new StringBuilder();
        var previous = records[0].PreviousHash;
        var anyKey = new ChainKey(new byte[32]);
        foreach (var r in records)
        {
            var actor = r.Sequence == sequence ? "someone-else" : r.Actor;
            var hash = hashOf(new AuditRecord(r.Sequence, r.RecordedAt, actor, r.Roles, r.Action, r.ObjectType, r.ObjectId, r.Outcome, r.Status, r.ClientAddress, previous, anyKey, r.Detail));
            sql.Append(CultureInfo.InvariantCulture, $"update audit_records set Actor = '{actor}', PreviousHash = '{previous}', Hash = '{hash}' where Sequence = {r.Sequence}; ");
            previous = hash;
        }

        sql.Append(CultureInfo.InvariantCulture, $"update audit_chain_head set Hash = '{previous}'");
        await TamperAsync(sql.ToString());
    }

    private async Task<(List<string> Rows, string HeadHash)> RowsFromAsync(long sequence)
    {
        var last = await platform.CountAsync("select max(Sequence) from audit_records");
        var rows = new List<string>();
        for (var s = sequence; s <= last; s++)
        {
            rows.Add(await RowAsync(s));
        }

        return (rows, await platform.ScalarTextAsync("select Hash from audit_chain_head"));
    }

    private Task RestoreAsync(long sequence, (List<string> Rows, string HeadHash) originals) => TamperAsync(
        $"delete from audit_records where Sequence >= {sequence}; "
        + string.Concat(originals.Rows.Select(row => $"insert into audit_records ({Columns}) values ({row}); "))
        + $"update audit_chain_head set Hash = '{originals.HeadHash}'");

    /// <summary>A stored row as SQL literals, to put it back byte for byte (the sequence first, bare).</summary>
    private async Task<string> RowAsync(long sequence)
    {
        var quote = TestProvider.OnPostgreSql ? "quote_nullable" : "quote";
        var literals = Columns.Split(", ").Skip(1).Select(column => $"{quote}({column})").Prepend(TestProvider.OnPostgreSql ? "Sequence::text" : "quote(Sequence)");
        var literal = await platform.ScalarTextAsync($"select {string.Join(" || ',' || ", literals)} from audit_records where Sequence = {sequence}");
        Assert.StartsWith(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), literal, StringComparison.Ordinal);
        return literal;
    }
}
