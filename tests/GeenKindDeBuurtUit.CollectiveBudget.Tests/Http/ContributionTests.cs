using System.Globalization;
using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Http;

[Collection("platform")]
public sealed class ContributionTests(PlatformFactory platform)
{
    private const string Year = "2031-2032";

    [Fact]
    public async Task A_contribution_is_booked_with_its_location_and_counts_in_the_pool()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var board = pilot.BoardsIn(PilotIds.Osdorp)[0];
        using var treasurer = platform.ClientAs(Roles.Treasurer, boards: [board]);

        var response = await treasurer.ContributeAsync(Year, PilotIds.Osdorp, board, 12_500.50m, "fin-2031-001");

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var entry = await response.EntryAsync();
        Assert.Equal($"/api/v1/budgets/{Year}/areas/{PilotIds.Osdorp}/ledger/{entry.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("board-funds", 12_500.50m, board), (entry.Kind, entry.Amount, entry.BoardId!.Value));
        var summary = await treasurer.SummaryAsync(Year, PilotIds.Osdorp);
        Assert.Equal(12_500.50m, summary.Contributions);
        Assert.Equal(summary.Contributions + summary.FreedFunds, summary.Pooled);
    }

    [Fact]
    public async Task The_same_external_reference_with_the_same_content_answers_200_with_the_same_entry_and_books_nothing_new()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var board = pilot.BoardsIn(PilotIds.BosEnLommer)[1];
        using var swv = platform.ClientAs(Roles.Swv);

        var first = await swv.ContributeAsync(Year, PilotIds.BosEnLommer, board, 800m, "swv-pool-7", "swv-pooled");
        var again = await swv.ContributeAsync(Year, PilotIds.BosEnLommer, board, 800.00m, "swv-pool-7", "swv-pooled");

        await first.AssertStatusAsync(HttpStatusCode.Created);
        await again.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal((await first.EntryAsync()).Id, (await again.EntryAsync()).Id);
        Assert.Single(await swv.LedgerAsync(Year, PilotIds.BosEnLommer), e => e.ExternalRef == "swv-pool-7");
    }

    [Fact]
    public async Task The_same_external_reference_with_other_content_is_a_conflict()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var boards = pilot.BoardsIn(PilotIds.BosEnLommer);
        using var swv = platform.ClientAs(Roles.Swv);
        await (await swv.ContributeAsync(Year, PilotIds.BosEnLommer, boards[0], 100m, "dup-1")).AssertStatusAsync(HttpStatusCode.Created);

        await (await swv.ContributeAsync(Year, PilotIds.BosEnLommer, boards[0], 101m, "dup-1")).AssertStatusAsync(HttpStatusCode.Conflict);
        await (await swv.ContributeAsync(Year, PilotIds.BosEnLommer, boards[0], 100m, "dup-1", "swv-pooled")).AssertStatusAsync(HttpStatusCode.Conflict);
        Assert.Single(await swv.LedgerAsync(Year, PilotIds.BosEnLommer), e => e.ExternalRef == "dup-1");
    }

    [Fact]
    public async Task A_boards_reference_is_its_own_across_areas_and_years_so_using_it_again_elsewhere_is_a_conflict()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var board = pilot.Schools.Where(s => s.AreaId == PilotIds.Osdorp).Select(s => s.BoardId)
            .First(b => pilot.Schools.Any(s => s.AreaId == PilotIds.BosEnLommer && s.BoardId == b));
        using var swv = platform.ClientAs(Roles.Swv);
        await (await swv.ContributeAsync("2052-2053", PilotIds.Osdorp, board, 100m, "board-wide-1")).AssertStatusAsync(HttpStatusCode.Created);

        var otherArea = await swv.ContributeAsync("2052-2053", PilotIds.BosEnLommer, board, 100m, "board-wide-1");
        var otherYear = await swv.ContributeAsync("2053-2054", PilotIds.Osdorp, board, 100m, "board-wide-1");

        await otherArea.AssertStatusAsync(HttpStatusCode.Conflict);
        await otherYear.AssertStatusAsync(HttpStatusCode.Conflict);
        Assert.DoesNotContain(await swv.LedgerAsync("2052-2053", PilotIds.BosEnLommer), e => e.ExternalRef == "board-wide-1");
        Assert.DoesNotContain(await swv.LedgerAsync("2053-2054", PilotIds.Osdorp), e => e.ExternalRef == "board-wide-1");
    }

    [Fact]
    public async Task Another_boards_use_of_the_same_reference_is_its_own_booking_and_its_conflicts_reveal_nothing_of_the_first_board()
    {
        var pilot = await Pilot.LoadAsync(platform);
        var boards = pilot.BoardsIn(PilotIds.Osdorp);
        using var swv = platform.ClientAs(Roles.Swv);
        var first = await (await swv.ContributeAsync("2054-2055", PilotIds.Osdorp, boards[0], 4_321.09m, "shared-ref")).EntryAsync();

        var booking = await swv.ContributeAsync("2054-2055", PilotIds.Osdorp, boards[1], 100m, "shared-ref");
        await booking.AssertStatusAsync(HttpStatusCode.Created);
        var second = await booking.EntryAsync();
        var conflict = await swv.ContributeAsync("2054-2055", PilotIds.Osdorp, boards[1], 4_321.09m, "shared-ref");

        Assert.Equal((boards[1], 100m), (second.BoardId!.Value, second.Amount));
        await conflict.AssertStatusAsync(HttpStatusCode.Conflict);
        var problem = await conflict.Content.ReadAsStringAsync();
        Assert.DoesNotContain(first.Id.ToString(), problem, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(boards[0].ToString(), problem, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("4321.09", problem.Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5.00")]
    [InlineData("0")]
    [InlineData("10.005")]
    public async Task Negative_zero_or_over_precise_amounts_are_refused_with_the_field_and_nothing_is_stored(string amount)
    {
        var pilot = await Pilot.LoadAsync(platform);
        using var swv = platform.ClientAs(Roles.Swv);

        var response = await swv.ContributeAsync("2048-2049", PilotIds.Osdorp, pilot.BoardsIn(PilotIds.Osdorp)[0], decimal.Parse(amount, CultureInfo.InvariantCulture), "bad-amount");

        await response.AssertInvalidFieldAsync("amount");
        Assert.Equal(0, await platform.CountAsync("SELECT COUNT(*) FROM collective_budget_ledger_entries WHERE SchoolYearStart = 2048"));
    }

    [Fact]
    public async Task An_unknown_board_or_kind_is_refused_with_the_field()
    {
        var pilot = await Pilot.LoadAsync(platform);
        using var swv = platform.ClientAs(Roles.Swv);

        await (await swv.ContributeAsync("2048-2049", PilotIds.Osdorp, Guid.NewGuid(), 10m, "unknown-board")).AssertInvalidFieldAsync("boardId");
        await (await swv.ContributeAsync("2048-2049", PilotIds.Osdorp, pilot.BoardsIn(PilotIds.Osdorp)[0], 10m, "bad-kind", "gift")).AssertInvalidFieldAsync("kind");
        Assert.Equal(0, await platform.CountAsync("SELECT COUNT(*) FROM collective_budget_ledger_entries WHERE SchoolYearStart = 2048"));
    }
}
