using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

/// <summary>
/// A budget summary is kept in memory until the module's data changes (docs/adr/0073): a change
/// made behind the platform's back is not seen at once, which shows it is kept; every booking
/// through the platform is seen by the very next read.
/// </summary>
[Collection("platform")]
public sealed class KeptSummaryTests(PlatformFactory platform)
{
    private const string Year = "2071-2072";

    [Fact]
    public async Task A_summary_is_kept_until_the_budget_changes_and_a_booking_shows_at_once()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var board = pilot.BoardsIn(PilotIds.Osdorp)[0];
        using var swv = platform.ClientAs(Roles.Swv);
        var probe = new DatabaseProbe(platform.ConnectionString);
        await (await swv.ContributeAsync(Year, PilotIds.Osdorp, board, 1_000m, "kept-1")).AssertStatusAsync(HttpStatusCode.Created);

        // Other tests' work reaches this module in the background, and any change of it ends what is
        // kept: a few tries find a quiet moment between two reads.
        var handEdits = 0m;
        var kept = false;
        for (var attempt = 0; attempt < 10 && !kept; attempt++)
        {
            var before = await swv.SummaryAsync(Year, PilotIds.Osdorp);
            handEdits += 1m;
            await probe.ScalarAsync(
                "UPDATE collective_budget_ledger_entries SET Amount = $amount WHERE ExternalRef = 'kept-1'", ("amount", 1_000m + handEdits));
            var after = await swv.SummaryAsync(Year, PilotIds.Osdorp);
            kept = after.Contributions == before.Contributions;
        }

        Assert.True(kept, "Every second read showed a change made behind the platform's back: the summary was read anew each time.");

        await (await swv.ContributeAsync(Year, PilotIds.Osdorp, board, 250m, "kept-2")).AssertStatusAsync(HttpStatusCode.Created);
        var booked = await swv.SummaryAsync(Year, PilotIds.Osdorp);

        Assert.Equal(1_000m + handEdits + 250m, booked.Contributions);
    }

    [Fact]
    public async Task A_kept_summary_is_still_refused_to_a_treasurer_of_other_boards()
    {
        await Pilot.LoadAsync(platform);
        using var swv = platform.ClientAs(Roles.Swv);
        await swv.SummaryAsync(Year, PilotIds.Osdorp);
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [Guid.NewGuid()]);

        var response = await treasurer.GetAsync(BudgetApi.Area(Year, PilotIds.Osdorp));

        await response.AssertStatusAsync(HttpStatusCode.NotFound);
    }
}
