using System.Net;
using GeenKindDeBuurtUit.SupportCases.Tests.Api;
using static GeenKindDeBuurtUit.SupportCases.Tests.History.HistoryApi;

namespace GeenKindDeBuurtUit.SupportCases.Tests.History;

/// <summary>The SWV's thuiszitter counts of years before the platform, per area, through the same import as referrals.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ThuiszitterHistoryImportTests(PlatformFactory platform)
{
    private readonly HistoryApi api = new(platform);

    [Fact]
    public async Task An_import_per_area_is_stored_replaced_and_published()
    {
        var areas = (await api.SchoolsAsync()).Select(s => s.Area).Distinct().ToList();

        var answer = await OkAsync(await api.PutAsync(Thuiszitters, "2000-2001", new
        {
            source = "Thuiszitterspact 2021",
            rows = new[] { new { areaId = areas[0], count = 4 }, new { areaId = areas[1], count = 1 } },
        }));
        Assert.Equal((2, 5, false), (answer["areas"]!.GetValue<int>(), answer["thuiszitters"]!.GetValue<int>(), answer["replaced"]!.GetValue<bool>()));

        var file = $"# The figures of this file are invented.\nareaId,count\n{areas[1]},6\n";
        var replaced = await OkAsync(await api.PutCsvAsync(Thuiszitters, "2000-2001", file, "?source=Thuiszitterspact%202021%20herzien"));

        Assert.True(replaced["replaced"]!.GetValue<bool>());
        var stored = await OkAsync(await api.Client.GetAsync($"{Thuiszitters}/2000-2001"));
        Assert.Equal((2, 6), (stored["revision"]!.GetValue<int>(), stored["total"]!.GetValue<int>()));
        var events = await api.EventsAsync("ThuiszitterHistoryImported", "2000-2001");
        Assert.Equal(4, events.Count);
        var removed = Assert.Single(events, e => e["removed"]!.GetValue<bool>());
        Assert.Equal((areas[0], 2, 0), (removed["areaId"]!.GetValue<Guid>(), removed["revision"]!.GetValue<int>(), removed["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Unknown_and_repeated_areas_and_wrong_counts_are_named_and_nothing_is_stored()
    {
        var area = (await api.SchoolsAsync())[0].Area;

        var json = await ProblemAssert.ProblemAsync(await api.PutAsync(Thuiszitters, "2001-2002", new
        {
            source = "x",
            rows = new[] { new { areaId = Guid.NewGuid(), count = 1 }, new { areaId = area, count = 1 }, new { areaId = area, count = 2 } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["rows[0].areaId", "rows[2].areaId"], json["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));

        var file = $"areaId,count\n{area},10001\nnot-an-id,1\n";
        var csv = await ProblemAssert.ProblemAsync(await api.PutCsvAsync(Thuiszitters, "2001-2002", file, "?source=x"), HttpStatusCode.BadRequest);
        Assert.Equal(["line 2, count", "line 3, areaId"], csv["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));

        Assert.Equal(0, await api.StoredAsync("thuiszitter_histories", 2001));
        await ProblemAssert.ProblemAsync(await api.Client.GetAsync($"{Thuiszitters}/2001-2002"), HttpStatusCode.NotFound);
    }
}
