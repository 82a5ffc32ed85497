using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Retention;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static GeenKindDeBuurtUit.SupportCases.Tests.Retention.RetentionRun;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Retention;

/// <summary>The retention run's settings: the periods, the batch, the schedule. Files here close in 2017 and 2018, apart from the other tests' years.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RetentionSettingsTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_run_erases_at_most_a_batch_and_the_next_run_takes_the_rest()
    {
        var admin = platform.Admin();
        var files = new PupilFiles(admin, (await CaseApi.SchoolsAsync(admin))[3]["id"]!.GetValue<Guid>(), startYear: 2017);
        var first = await files.OpenAsync(PupilFiles.NewPupilRef());
        var second = await files.OpenAsync(PupilFiles.NewPupilRef());
        await files.CloseAsync(first, "2018-06-29");
        await files.CloseAsync(second, "2018-06-30");
        await platform.QuietAsync();
        var audit = new RecordingAuditTrail();
        var oneAtATime = new RetentionOptions { BatchSize = 1 };

        Assert.Equal(1, await platform.RunAsync(JustAfterMidnight(2020, 7, 1), audit, oneAtATime));
        Assert.False(await files.ExistsAsync(first), "the oldest closure goes first");
        Assert.True(await files.ExistsAsync(second));
        Assert.Equal(1, await platform.RunAsync(JustAfterMidnight(2020, 7, 1), audit, oneAtATime));
        Assert.False(await files.ExistsAsync(second));
        Assert.Single(audit.For(first));
        Assert.Single(audit.For(second));
    }

    [Fact]
    public async Task Configured_periods_replace_two_and_three_years()
    {
        var admin = platform.Admin();
        var files = new PupilFiles(admin, (await CaseApi.SchoolsAsync(admin))[4]["id"]!.GetValue<Guid>(), startYear: 2016);
        var closed = await files.OpenAsync(PupilFiles.NewPupilRef());
        var referred = await files.ReferredAsync(PupilFiles.NewPupilRef());
        await files.CloseAsync(closed);
        await files.CloseAsync(referred);
        await platform.QuietAsync();
        var audit = new RecordingAuditTrail();
        var longer = new RetentionOptions { ClosedCaseYears = 4, ReferredCaseYears = 5 };

        await platform.RunAsync(JustAfterMidnight(2021, 6, 29), audit, longer);
        Assert.True(await files.ExistsAsync(closed), "kept four years, not two");
        await platform.RunAsync(JustAfterMidnight(2021, 6, 30), audit, longer);
        Assert.False(await files.ExistsAsync(closed));
        await platform.RunAsync(JustAfterMidnight(2022, 6, 29), audit, longer);
        Assert.True(await files.ExistsAsync(referred), "kept five years, not three");
        await platform.RunAsync(JustAfterMidnight(2022, 6, 30), audit, longer);
        Assert.False(await files.ExistsAsync(referred));
    }

    [Fact]
    public void The_daily_run_is_registered_at_an_Amsterdam_hour()
    {
        _ = platform.Services;
        using var connection = platform.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == SupportCaseRetentionJob.RecurringJobId);
        Assert.Equal(new RetentionOptions().DailyCron, job.Cron);
        Assert.Contains("Amsterdam", job.TimeZoneId ?? "CET", StringComparison.Ordinal);
        Assert.Equal(typeof(SupportCaseRetentionJob), job.Job.Type);
    }

    [Fact]
    public void Hangfire_builds_the_job_for_each_run_so_the_audit_trail_is_needed_only_when_it_runs()
    {
        // The job is not registered, so the host starts whether or not an audit trail is; a run
        // without one stops before it erases anything.
        using var scope = new AspNetCoreJobActivator(platform.Services.GetRequiredService<IServiceScopeFactory>()).BeginScope((JobActivatorContext)null!);
        if (platform.Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(IAuditTrail)))
        {
            Assert.IsType<SupportCaseRetentionJob>(scope.Resolve(typeof(SupportCaseRetentionJob)));
        }
        else
        {
            var missing = Assert.Throws<InvalidOperationException>(() => scope.Resolve(typeof(SupportCaseRetentionJob)));
            Assert.Contains(nameof(IAuditTrail), missing.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ClosedCaseYears", "0")]
    [InlineData("ReferredCaseYears", "-1")]
    [InlineData("BatchSize", "0")]
    public void Periods_and_batch_below_one_are_refused(string key, string value)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"Retention:{key}"] = value }).Build();
        new SupportCasesModule().AddServices(services, configuration);
        using var provider = services.BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RetentionOptions>>().Value);
        Assert.Contains("Retention:", refused.Message, StringComparison.Ordinal);
    }
}
