using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Testing;
using static GeenKindDeBuurtUit.Audit.Tests.Api.AuditApi;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>The record is written before the answer leaves: when it cannot be written, no pupil data leaves either.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FailClosedTests(PlatformFactory platform)
{
    private readonly AuditApi api = new(platform);

    [Fact]
    public async Task When_the_trail_cannot_be_written_the_case_is_not_answered()
    {
        const string pupilRef = "AUD-FAILCLOSED-1";
        var schoolId = await api.SchoolAsync(10);
        var (school, _) = api.Caller(Roles.School, schoolId);
        var caseId = await OpenCaseAsync(school, schoolId, pupilRef);
        var before = await platform.CountAsync("select count(*) from audit_records");

        await api.ExecuteAsync(TestProvider.OnPostgreSql
            ? "create function audit.store_unavailable() returns trigger language plpgsql as $$ begin raise exception 'audit store unavailable'; end $$; "
              + "create trigger records_unavailable before insert on audit.records for each row execute function audit.store_unavailable();"
            : "create trigger audit_records_unavailable before insert on audit_records begin select raise(abort, 'audit store unavailable'); end;");
        HttpStatusCode? status = null;
        var body = "";
        try
        {
            var answer = await school.GetAsync($"{Cases}/{caseId}");
            status = answer.StatusCode;
            body = await answer.Content.ReadAsStringAsync();
        }
        catch (Exception failure) when (failure is not Xunit.Sdk.XunitException)
        {
            // The test server hands a failing OnStarting to its client; a real server fails the request. Either way no data left.
        }
        finally
        {
            await api.ExecuteAsync(TestProvider.OnPostgreSql
                ? "drop trigger records_unavailable on audit.records; drop function audit.store_unavailable();"
                : "drop trigger audit_records_unavailable;");
        }

        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.DoesNotContain(pupilRef, body, StringComparison.Ordinal);
        Assert.Equal(before, await platform.CountAsync("select count(*) from audit_records"));
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"{Cases}/{caseId}")).StatusCode);
        Assert.True((await api.VerifyAsync())["valid"]!.GetValue<bool>());
    }
}
