using System.Net;

namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

/// <summary>
/// "Near this school": nearest first, with distances checked against Vincenty's formula on the WGS84
/// ellipsoid for real Amsterdam points (the school on the Osdorpplein).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NearTests(PlatformFactory platform)
{
    // Vincenty (WGS84) from the Osdorpplein: the haversine answer may differ by a few metres in a thousand.
    private const double ToSloterplas = 1732.6;
    private const double ToDam = 6598.2;
    private const double ToCentraal = 7296.5;

    private readonly MapApi _map = new(platform);

    [Fact]
    public async Task Facilities_come_nearest_first_with_their_distance_in_metres()
    {
        var school = (await _map.SchoolsAsync(PilotIds.Osdorp))[0];
        await _map.LocateAsync(school, PilotIds.Osdorp, MapApi.Osdorpplein);
        var steward = MapApi.Unique("partner-near");
        var centraal = await _map.CreateAsync(steward, MapApi.Centraal);
        var dam = await _map.CreateAsync(steward, MapApi.Dam);
        var sloterplas = await _map.CreateAsync(steward, MapApi.Sloterplas);
        var onTheSquare = await _map.CreateAsync(steward, MapApi.Osdorpplein);

        var items = await _map.ListAsync($"near={school}&pageSize=200");
        var ours = items.Where(i => i!["stewardSub"]!.GetValue<string>() == steward).ToList();

        Assert.Equal([onTheSquare, sloterplas, dam, centraal], ours.Select(MapApi.Id));
        var distances = items.Select(i => i!["distanceM"]!.GetValue<int>()).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.Equal(0, ours[0]!["distanceM"]!.GetValue<int>());
        Assert.InRange(ours[1]!["distanceM"]!.GetValue<int>(), ToSloterplas * 0.995, ToSloterplas * 1.005);
        Assert.InRange(ours[2]!["distanceM"]!.GetValue<int>(), ToDam * 0.995, ToDam * 1.005);
        Assert.InRange(ours[3]!["distanceM"]!.GetValue<int>(), ToCentraal * 0.995, ToCentraal * 1.005);
    }

    [Fact]
    public async Task A_radius_keeps_only_what_lies_within_it()
    {
        var school = (await _map.SchoolsAsync(PilotIds.Osdorp))[1];
        await _map.LocateAsync(school, PilotIds.Osdorp, MapApi.Osdorpplein);
        var steward = MapApi.Unique("partner-radius");
        var sloterplas = await _map.CreateAsync(steward, MapApi.Sloterplas);
        var dam = await _map.CreateAsync(steward, MapApi.Dam);

        var within = (await _map.ListAsync($"near={school}&radiusM=2000&pageSize=200")).Select(MapApi.Id).ToList();

        Assert.Contains(sloterplas, within);
        Assert.DoesNotContain(dam, within);
        Assert.All(await _map.ListAsync($"near={school}&radiusM=2000&pageSize=200"), i => Assert.InRange(i!["distanceM"]!.GetValue<int>(), 0, 2000));
    }

    [Fact]
    public async Task Paging_near_a_school_takes_the_next_nearest()
    {
        var school = (await _map.SchoolsAsync(PilotIds.Osdorp))[0];
        await _map.LocateAsync(school, PilotIds.Osdorp, MapApi.Osdorpplein);
        await _map.CreateAsync(MapApi.Unique("partner-page"), MapApi.Dam);
        await _map.CreateAsync(MapApi.Unique("partner-page"), MapApi.Sloterplas);

        var first = await _map.ListAsync($"near={school}&pageSize=1&page=1");
        var second = await _map.ListAsync($"near={school}&pageSize=1&page=2");

        Assert.True(first[0]!["distanceM"]!.GetValue<int>() <= second[0]!["distanceM"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_school_is_400_naming_near() =>
        await ProblemAssert.AssertFieldAsync(await _map.Admin.GetAsync($"{MapApi.Facilities}?near={Guid.NewGuid()}"), "near");

    [Fact]
    public async Task A_school_without_a_point_is_422_school_not_located()
    {
        var school = await _map.RegisterUnlocatedSchoolAsync(PilotIds.Osdorp);

        await ProblemAssert.AssertRuleAsync(await _map.Admin.GetAsync($"{MapApi.Facilities}?near={school}"), "school-not-located");
    }
}
