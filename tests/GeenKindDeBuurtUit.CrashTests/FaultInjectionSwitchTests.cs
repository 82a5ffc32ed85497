using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// A host started as production starts it, without the crash tests' switch, ignores the fault
/// variables (docs/adr/0034): the points they name are reached and nothing dies or hangs.
/// </summary>
public sealed class FaultInjectionSwitchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Without_the_switch_the_crash_and_hang_variables_are_ignored()
    {
        using var database = new HostDatabase();
        var token = new TestTokens(PlatformFactory.SigningKey).Valid([Roles.Admin]);
        var armed = new Dictionary<string, string>
        {
            [FaultInjection.KillVariable] = $"{PlatformFaultPoints.OutboxCommitted}:1",
            [FaultInjection.HangVariable] = $"{PlatformFaultPoints.HandlerCommitted}:1",
        };
        await using var host = await HostProcess.StartAsync(database, "unarmed", armed, faultInjection: false);
        try
        {
            // Seeding commits outbox rows and the relay hands them to handlers: both points are passed.
            await Settle.SeededAsync(database);
            var api = new PlatformApi(host.Client(token));
            var school = (await api.SchoolsAsync())[0];
            await api.OpenCaseAsync(school.Id, KillWorkload.Today.AddDays(-3), "unarmed");
            await Settle.QuietAsync(database, TimeSpan.FromSeconds(60));

            Assert.False(host.HasExited, "the host died although it was not started for the crash tests");
            Assert.DoesNotContain("CRASH POINT", host.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("HANG POINT", host.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("FAULT INJECTION ARMED", host.Output, StringComparison.Ordinal);
        }
        catch
        {
            output.WriteLine(host.Output);
            throw;
        }
    }

    [Fact]
    public async Task Without_the_switch_even_a_malformed_variable_does_not_stop_the_host()
    {
        using var database = new HostDatabase();
        await using var host = await HostProcess.StartAsync(
            database, "typo", new Dictionary<string, string> { [FaultInjection.KillVariable] = "no-such-point:x" }, faultInjection: false);

        Assert.False(host.HasExited);
        Assert.Contains("ignored", host.Output, StringComparison.Ordinal);
    }
}
