using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Tests.Edge;
using GeenKindDeBuurtUit.Host.Tests;
using GeenKindDeBuurtUit.Testing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary><c>Idempotency-Key</c> on the real platform: a retried POST has one effect and the first answer (docs/adr/0016).</summary>
[Collection(IdempotencyCollection.Name)]
public sealed class IdempotencyTests(PlatformFactory platform)
{
    private const string Professionals = "/api/v1/professionals";

    private readonly DatabaseProbe _database = new(platform.ConnectionString);

    [Fact]
    public async Task A_retry_with_the_same_key_replays_status_body_and_location_and_registers_once()
    {
        var name = Unique("Replay");
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator);
        var key = Guid.NewGuid().ToString();

        var first = await client.PostJsonAsync(Professionals, Body(name), key);
        var second = await client.PostJsonAsync(Professionals, Body(name), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.False(first.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal("true", Assert.Single(second.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader)));
        Assert.Equal(1, await CountProfessionalsAsync(name));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_stores_nothing()
    {
        var name = Unique("Other body");
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator);
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync(Professionals, Body(name), key)).StatusCode);

        var reused = await client.PostJsonAsync(Professionals, Body(name + " 2"), key);

        var problem = await Problem.AssertAsync(reused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("idempotency-key-reused", problem["code"]!.GetValue<string>());
        Assert.Equal(0, await CountProfessionalsAsync(name + " 2"));
    }

    [Fact]
    public async Task Keys_are_per_caller_so_another_sub_with_the_same_key_runs_on_its_own()
    {
        var name = Unique("Two callers");
        var key = Guid.NewGuid().ToString();

        var mine = await platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator).PostJsonAsync(Professionals, Body(name), key);
        var theirs = await platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator).PostJsonAsync(Professionals, Body(name), key);

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.NotEqual(mine.Headers.Location, theirs.Headers.Location);
        Assert.Equal(2, await CountProfessionalsAsync(name));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("256")]
    [InlineData("tab\there")]
    public async Task A_malformed_key_is_400_naming_the_header_and_stores_nothing(string key)
    {
        var name = Unique("Malformed");
        var header = key == "256" ? new string('k', 256) : key;

        var response = await platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator).PostJsonAsync(Professionals, Body(name), header);

        await Problem.AssertFieldAsync(response, IdempotencyKeyHeader.Name);
        Assert.Equal(0, await CountProfessionalsAsync(name));
    }

    [Fact]
    public async Task A_key_of_255_characters_and_a_quoted_key_are_accepted()
    {
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator);

        var longest = await client.PostJsonAsync(Professionals, Body(Unique("Longest key")), new string('x', 255));
        var quoted = await client.PostJsonAsync(Professionals, Body(Unique("Quoted key")), "\"" + Guid.NewGuid() + "\"");

        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
        Assert.Equal(HttpStatusCode.Created, quoted.StatusCode);
    }

    [Fact]
    public async Task While_the_first_request_holds_the_key_a_retry_is_409_and_after_its_lease_runs_out_the_retry_runs()
    {
        var name = Unique("In flight");
        var subject = EdgeClients.NewSubject();
        var client = platform.ClientAs(subject, Roles.Coordinator);
        var key = Guid.NewGuid().ToString();
        var body = Body(name);

        // The first request, as the middleware records it when it starts: claimed, no answer yet.
        using (var scope = platform.Services.CreateScope())
        {
            var claim = await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().ClaimAsync(
                platform.CallerOf(subject, Roles.Coordinator), key, platform.Fingerprints().OfRequest("POST", Professionals, System.Text.Encoding.UTF8.GetBytes(body)), CancellationToken.None);
            Assert.Equal(ClaimOutcome.Acquired, claim.Outcome);
        }

        var whileRunning = await client.PostJsonAsync(Professionals, body, key);

        var problem = await Problem.AssertAsync(whileRunning, HttpStatusCode.Conflict);
        Assert.Equal("idempotency-key-in-flight", problem["code"]!.GetValue<string>());
        Assert.Equal(0, await CountProfessionalsAsync(name));

        // The process that held it died: once the lease has run out, the retry is served.
        await _database.CountAsync(
            "update idempotency_keys set LockedUntil = '2000-01-01 00:00:00' where Caller = $caller and Key = $key",
            ("$caller", platform.CallerOf(subject, Roles.Coordinator)), ("$key", key));
        var afterCrash = await client.PostJsonAsync(Professionals, body, key);

        Assert.Equal(HttpStatusCode.Created, afterCrash.StatusCode);
        Assert.Equal(1, await CountProfessionalsAsync(name));
    }

    [Fact]
    public async Task A_400_is_not_kept_so_the_corrected_request_with_the_same_key_is_processed()
    {
        var name = Unique("Corrected");
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator);
        var key = Guid.NewGuid().ToString();

        var invalid = await client.PostJsonAsync(Professionals, Body(name, hoursPerWeek: -3), key);
        var keptAfterRefusal = await _database.CountAsync("select count(*) from idempotency_keys where Key = $key", ("$key", key));
        var corrected = await client.PostJsonAsync(Professionals, Body(name), key);
        var retried = await client.PostJsonAsync(Professionals, Body(name), key);

        await Problem.AssertFieldAsync(invalid, "hoursPerWeek");
        Assert.Equal(0, keptAfterRefusal);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.False(corrected.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(corrected.Headers.Location, retried.Headers.Location);
        Assert.True(retried.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(1, await CountProfessionalsAsync(name));
    }

    [Fact]
    public async Task The_same_sub_and_key_with_other_roles_is_another_caller_and_never_gets_the_first_answer()
    {
        var name = Unique("Other roles");
        var subject = EdgeClients.NewSubject();
        var key = Guid.NewGuid().ToString();

        var asCoordinator = await platform.ClientAs(subject, Roles.Coordinator).PostJsonAsync(Professionals, Body(name), key);
        var asAdmin = await platform.ClientAs(subject, Roles.Admin).PostJsonAsync(Professionals, Body(name), key);

        Assert.Equal(HttpStatusCode.Created, asCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Created, asAdmin.StatusCode);
        Assert.False(asAdmin.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.NotEqual(asCoordinator.Headers.Location, asAdmin.Headers.Location);
        Assert.Equal(2, await CountProfessionalsAsync(name));
    }

    [Fact]
    public async Task The_key_table_holds_keyed_hashes_never_a_plain_hash_of_the_caller_or_the_body()
    {
        var name = Unique("Keyed");
        var subject = EdgeClients.NewSubject();
        var key = Guid.NewGuid().ToString();
        var body = Body(name);
        Assert.Equal(HttpStatusCode.Created, (await platform.ClientAs(subject, Roles.Coordinator).PostJsonAsync(Professionals, body, key)).StatusCode);

        var caller = (string)(await _database.ScalarAsync("select Caller from idempotency_keys where Key = $key", ("$key", key)))!;
        var fingerprint = (string)(await _database.ScalarAsync("select Fingerprint from idempotency_keys where Key = $key", ("$key", key)))!;

        var plainRequest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"POST\n{Professionals}\n{body}"));
        var plainSubject = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(subject));
        Assert.NotEqual(Convert.ToHexString(plainRequest), fingerprint);
        Assert.NotEqual(Convert.ToHexString(plainSubject), caller);
        var keyed = System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(PlatformFactory.IdempotencyFingerprintKey), System.Text.Encoding.UTF8.GetBytes($"POST\n{Professionals}\n{body}"));
        Assert.Equal(Convert.ToHexString(keyed), fingerprint);
    }

    [Fact]
    public async Task A_business_rule_refusal_is_replayed_with_its_code_and_body()
    {
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator);
        var created = await client.PostJsonAsync(Professionals, Body(Unique("Deactivated twice")));
        var deactivation = $"{created.Headers.Location}/deactivation";
        var on = $$"""{"on":"{{DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}}"}""";
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync(deactivation, on)).StatusCode);
        var key = Guid.NewGuid().ToString();

        var refused = await client.PostJsonAsync(deactivation, on, key);
        var replayed = await client.PostJsonAsync(deactivation, on, key);

        var problem = await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("professional-inactive", problem["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replayed.StatusCode);
        Assert.Equal(await refused.Content.ReadAsStringAsync(), await replayed.Content.ReadAsStringAsync());
        Assert.Equal("true", Assert.Single(replayed.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader)));
    }

    [Fact]
    public async Task A_retry_of_a_registration_whose_answer_was_lost_names_what_it_added_and_registers_nothing()
    {
        var name = Unique("Answer lost");
        var subject = EdgeClients.NewSubject();
        var client = platform.ClientAs(subject, Roles.Coordinator);
        var key = "lost-" + Guid.NewGuid().ToString("N");

        // The answer store fails after the module committed, as a process killed there would leave the key.
        var trigger = "lose_" + key.Replace('-', '_');
        await _database.CountAsync(TestProvider.OnPostgreSql
            ? $"CREATE FUNCTION idempotency.{trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$; "
              + $"CREATE TRIGGER {trigger} BEFORE UPDATE OF \"StatusCode\" ON idempotency.keys FOR EACH ROW "
              + $"WHEN (NEW.\"Key\" = '{key}' AND NEW.\"StatusCode\" IS NOT NULL) EXECUTE FUNCTION idempotency.{trigger}(); select 0"
            : $"CREATE TRIGGER {trigger} BEFORE UPDATE OF StatusCode ON idempotency_keys WHEN NEW.Key = '{key}' AND NEW.StatusCode IS NOT NULL BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
        var first = await client.PostJsonAsync(Professionals, Body(name), key);
        await _database.CountAsync(
            "update idempotency_keys set LockedUntil = '2000-01-01 00:00:00' where Caller = $caller and Key = $key",
            ("$caller", platform.CallerOf(subject, Roles.Coordinator)), ("$key", key));
        var retry = await client.PostJsonAsync(Professionals, Body(name), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var problem = await Problem.AssertAsync(retry, HttpStatusCode.Conflict);
        Assert.Equal("idempotency-key-answer-lost", problem["code"]!.GetValue<string>());
        Assert.Equal("Professional", problem["aggregate"]!.GetValue<string>());
        Assert.Equal(first.Headers.Location!.ToString().Split('/')[^1], problem["aggregateId"]!.GetValue<string>());
        Assert.Equal(1, await CountProfessionalsAsync(name));
    }

    [Fact]
    public async Task A_post_without_a_key_is_not_deduplicated()
    {
        var name = Unique("No key");
        var client = platform.ClientAs(EdgeClients.NewSubject(), Roles.Coordinator);

        await client.PostJsonAsync(Professionals, Body(name));
        await client.PostJsonAsync(Professionals, Body(name));

        Assert.Equal(2, await CountProfessionalsAsync(name));
    }

    [Fact]
    public void The_cleanup_of_expired_keys_is_a_recurring_job()
    {
        using var connection = platform.Services.GetRequiredService<JobStorage>().GetConnection();

        Assert.Contains(connection.GetRecurringJobs(), job => job.Id == IdempotencyCleanupJob.RecurringJobId && job.Cron == "17 * * * *");
    }

    // Eight hex characters: a whole Guid can hold nine digits passing the 11-check, which the name's BSN screening refuses.
    private static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..8]}";

    private static string Body(string name, int hoursPerWeek = 8) =>
        $$"""{"name":"{{name}}","organisation":"OKT Osdorp","expertise":["language"],"areaIds":["{{PilotIds.Osdorp}}"],"hoursPerWeek":{{hoursPerWeek}}}""";

    private Task<long> CountProfessionalsAsync(string name) =>
        _database.CountAsync("select count(*) from expertise_pool_professionals where Name = $name", ("$name", name));
}
