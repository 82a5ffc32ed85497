using System.Net;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CrashTests;

/// <summary>
/// What a school system, the SWV and a treasurer do in Osdorp while the host is being killed: refer
/// children this year and last year (last year's referrals are this year's baseline), withdraw
/// referrals and book contributions. It remembers every answer it got, so that afterwards nothing a
/// client was told is stored can be missing; a call cut off by a kill may or may not have happened.
/// </summary>
/// <param name="thisYearShare">Of every hundred calls, how many refer a child this year; twenty refer
/// one last year less than that share. Below 20 the year falls short of its baseline and frees funds.</param>
internal sealed class KillWorkload(int seed, int thisYearShare = 35)
{
    public static readonly Rates Rates = new(15_000m, 20_000m, 32_500m, 45_000m);
    public const decimal PoolShare = 0.35m;

    private readonly Random _random = new(seed);
    private readonly List<AcknowledgedReferral> _referrals = [];
    private readonly Dictionary<string, decimal> _contributions = [];
    private readonly Dictionary<string, decimal> _unanswered = [];
    private IReadOnlyList<School> _schools = [];

    public static Guid Area => PilotIds.Osdorp;

    public static DateOnly Today => SchoolCalendar.Today(TimeProvider.System);

    public static SchoolYear ThisYear => SchoolYear.Of(Today);

    public static SchoolYear LastYear => ThisYear.Previous;

    public IReadOnlyList<AcknowledgedReferral> Referrals => _referrals;

    public IReadOnlyDictionary<string, decimal> Contributions => _contributions;

    public IReadOnlyCollection<string> UnansweredContributions => _unanswered.Keys;

    public IReadOnlyList<School> Schools => _schools;

    public int Calls { get; private set; }

    /// <summary>The agreement and last year's referrals, so freed funds start above zero.</summary>
    public async Task SetUpAsync(PlatformApi api)
    {
        await JoinAsync(api);
        await api.AgreeAsync(ThisYear.ToString(), Area, PoolShare, Rates);
        foreach (var referral in Referral.All.Concat(Referral.All))
        {
            await ReferAsync(api, LastYear, referral);
        }
    }

    /// <summary>A second client of the same area, on another host: the schools, not a second agreement.</summary>
    public async Task JoinAsync(PlatformApi api) =>
        _schools = (await api.SchoolsAsync()).Where(s => s.AreaId == Area).OrderBy(s => s.Id).ToList();

    /// <summary>One call of the load: a referral this year or last, a withdrawal or a contribution.</summary>
    public Task StepAsync(PlatformApi api) => NextAsync(api);

    /// <summary>Calls the host until it dies; returns false when it was still alive at the deadline.</summary>
    public async Task<bool> RunUntilDeadAsync(PlatformApi api, HostProcess host, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (DateTime.UtcNow < until)
        {
            try
            {
                await NextAsync(api);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                if (await host.WaitForExitAsync(TimeSpan.FromSeconds(5)))
                {
                    return true;
                }

                throw;
            }
        }

        return host.HasExited;
    }

    private async Task NextAsync(PlatformApi api)
    {
        var roll = _random.Next(100);
        var open = _referrals.Where(r => r.WithdrawnOn is null).ToList();
        if (roll < thisYearShare)
        {
            await ReferAsync(api, ThisYear, Referral.All[_random.Next(4)]);
        }
        else if (roll < 55)
        {
            await ReferAsync(api, LastYear, Referral.All[_random.Next(4)]);
        }
        else if (roll < 75 && open.Count > 0)
        {
            var referral = open[_random.Next(open.Count)];

            // Marked unknown first: a withdrawal cut off by a kill may have happened, and asking again would be refused.
            _referrals.Remove(referral);
            Calls++;
            await api.WithdrawAsync(referral.CaseId, Today);
            _referrals.Add(referral with { WithdrawnOn = Today });
        }
        else
        {
            await ContributeAsync(api);
        }
    }

    private async Task ReferAsync(PlatformApi api, SchoolYear year, Referral referral)
    {
        var school = _schools[_random.Next(_schools.Count)];
        var heldOn = year == ThisYear ? Today : year.FirstDay.AddDays(40 + _random.Next(200));
        var openedOn = heldOn.AddDays(-30);
        Calls += 6;
        var caseId = await api.OpenCaseAsync(school.Id, openedOn, "kill");
        await api.ToLevelFiveAsync(caseId, openedOn);
        await api.ReferAsync(caseId, heldOn, referral);
        _referrals.Add(new AcknowledgedReferral(caseId, school.Id, year.ToString(), referral.Kind, null));
    }

    // A contribution whose answer a kill cut off is sent again with the same external reference:
    // the contract makes that safe, and the ledger must then hold it exactly once.
    private async Task ContributeAsync(PlatformApi api)
    {
        var (externalRef, amount) = _unanswered.Count > 0
            ? (_unanswered.First().Key, _unanswered.First().Value)
            : ($"kill-{Guid.NewGuid().ToString("N")[..8]}", Math.Round(100m + (decimal)_random.NextDouble() * 5_000m, 2));
        _unanswered[externalRef] = amount;
        Calls++;
        var status = await api.ContributeAsync(ThisYear.ToString(), Area, _schools[0].BoardId, amount, externalRef);
        _unanswered.Remove(externalRef);
        _contributions[externalRef] = amount;
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK);
    }
}

internal sealed record AcknowledgedReferral(Guid CaseId, Guid SchoolId, string SchoolYear, string Kind, DateOnly? WithdrawnOn);
