using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Facilities.Infrastructure.Upkeep;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

/// <summary>
/// The daily job on the platform's database under a <see cref="FakeTimeProvider"/>. A test moves its
/// own facility's last confirmation back (every other facility was confirmed today, so the job leaves
/// them alone) and runs the job as Hangfire would, on a clock it controls.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class UpkeepJobTests(PlatformFactory platform)
{
    private readonly MapApi _map = new(platform);

    // A minute ahead of the platform's clock: what the job writes comes after what the test arranged through the API.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow.AddMinutes(1));

    private DateOnly Today => SchoolCalendar.Today(_clock);

    [Fact]
    public async Task A_facility_not_confirmed_for_six_months_becomes_stale_and_stays_on_the_map()
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-upkeep"));
        await ConfirmedOnAsync(id, Today.AddMonths(-6));

        await RunAsync();

        var facility = await _map.GetAsync(id, _map.As(Roles.School));
        Assert.Equal("stale", facility["status"]!.GetValue<string>());
        Assert.Contains(id, (await _map.ListAsync("status=stale&pageSize=200", _map.As(Roles.School))).Select(MapApi.Id));
        var history = await MapApi.OkAsync(await _map.Admin.GetAsync($"{MapApi.Facilities}/{id}/history"));
        var last = history["items"]!.AsArray()[^1]!;
        Assert.Equal(("stale", Facility.SystemActor), (last["action"]!.GetValue<string>(), last["by"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_day_before_six_months_it_is_still_active()
    {
        var id = await _map.CreateAsync(MapApi.Unique("partner-upkeep"));
        await ConfirmedOnAsync(id, Today.AddMonths(-6).AddDays(1));

        await RunAsync();

        Assert.Equal("active", (await _map.GetAsync(id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_the_grace_period_it_is_hidden_for_all_but_its_steward_and_admins_until_confirmed()
    {
        var steward = MapApi.Unique("partner-upkeep");
        var id = await _map.CreateAsync(steward);
        await ConfirmedOnAsync(id, Today.AddMonths(-8));

        await RunAsync();

        await ProblemAssert.ProblemAsync(await _map.As(Roles.School).GetAsync($"{MapApi.Facilities}/{id}"), HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, (await _map.ListAsync("pageSize=200")).Select(MapApi.Id));
        Assert.Equal("hidden", (await _map.GetAsync(id, _map.Partner(steward)))["status"]!.GetValue<string>());
        Assert.Contains(id, (await _map.ListAsync("status=hidden&pageSize=200", _map.Partner(steward))).Select(MapApi.Id));
        Assert.Contains(id, (await _map.ListAsync("status=hidden&pageSize=200")).Select(MapApi.Id));
        Assert.DoesNotContain(id, (await _map.ListAsync("status=hidden&pageSize=200", _map.As(Roles.Swv))).Select(MapApi.Id));

        var confirmed = await MapApi.OkAsync(await MapApi.SendAsync(_map.Partner(steward), HttpMethod.Post, $"{MapApi.Facilities}/{id}/confirmation", new { }));
        Assert.Equal("active", confirmed["status"]!.GetValue<string>());
        await _map.GetAsync(id, _map.As(Roles.School));
    }

    [Fact]
    public async Task The_steward_is_reminded_a_month_before_once_per_due_date()
    {
        var steward = MapApi.Unique("partner-upkeep");
        var id = await _map.CreateAsync(steward);
        var confirmedOn = Today.AddMonths(-5);
        await ConfirmedOnAsync(id, confirmedOn);

        await RunAsync();
        await RunAsync();
        _clock.Advance(TimeSpan.FromDays(3));
        await RunAsync();

        Assert.Equal(1, await RemindersAsync(id));
        var payload = await platform.ScalarTextAsync(
            $"select Payload from facilities_outbox_messages where Type like '%FacilityConfirmationDue%' and Payload like '%{id}%'");
        Assert.Contains($"\"stewardSub\":\"{steward}\"", payload, StringComparison.Ordinal);
        Assert.Contains($"\"staleOn\":\"{confirmedOn.AddMonths(6):yyyy-MM-dd}\"", payload, StringComparison.Ordinal);
        Assert.Equal("active", (await _map.GetAsync(id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task No_reminder_before_the_month_nor_once_stale()
    {
        var early = await _map.CreateAsync(MapApi.Unique("partner-upkeep"));
        await ConfirmedOnAsync(early, Today.AddMonths(-5).AddDays(1));
        var late = await _map.CreateAsync(MapApi.Unique("partner-upkeep"));
        await ConfirmedOnAsync(late, Today.AddMonths(-7));

        await RunAsync();

        Assert.Equal(0, await RemindersAsync(early));
        Assert.Equal(0, await RemindersAsync(late));
    }

    private Task<long> RemindersAsync(Guid id) =>
        platform.CountAsync($"select count(*) from facilities_outbox_messages where Type like '%FacilityConfirmationDue%' and Payload like '%{id}%'");

    private async Task ConfirmedOnAsync(Guid id, DateOnly on)
    {
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FacilitiesDbContext>();
        var facility = await db.Facilities.SingleAsync(f => f.Id == id);
        db.Entry(facility).Property(f => f.ConfirmedOn).CurrentValue = on;
        await db.SaveChangesAsync();
    }

    private async Task RunAsync()
    {
        using var scope = platform.Services.CreateScope();
        await ActivatorUtilities.CreateInstance<FacilityUpkeepJob>(scope.ServiceProvider, _clock).RunAsync(CancellationToken.None);
    }
}
