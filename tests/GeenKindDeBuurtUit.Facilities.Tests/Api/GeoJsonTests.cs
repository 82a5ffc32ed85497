using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

/// <summary>With Accept: application/geo+json the list is a GeoJSON FeatureCollection (RFC 7946) of the same page.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GeoJsonTests(PlatformFactory platform)
{
    private readonly MapApi _map = new(platform);

    [Fact]
    public async Task The_list_as_geojson_is_a_feature_collection_of_points_with_lon_first()
    {
        var steward = MapApi.Unique("partner-geo");
        var dam = await _map.CreateAsync(steward, MapApi.Dam);
        await _map.CreateAsync(steward, MapApi.Sloterplas);
        var client = _map.Admin;
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));

        var response = await client.GetAsync($"{MapApi.Facilities}?pageSize=200");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        var collection = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        AssertFeatureCollection(collection);
        var feature = collection["features"]!.AsArray().Single(f => f!["properties"]!["id"]!.GetValue<Guid>() == dam)!;
        Assert.Equal([MapApi.Dam.Lon, MapApi.Dam.Lat], feature["geometry"]!["coordinates"]!.AsArray().Select(c => c!.GetValue<double>()));
        Assert.Equal(steward, feature["properties"]!["stewardSub"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_geojson_page_is_the_json_page()
    {
        await _map.CreateAsync(MapApi.Unique("partner-geo"), MapApi.Centraal);
        var json = await MapApi.OkAsync(await _map.Admin.GetAsync($"{MapApi.Facilities}?pageSize=2&page=1"));
        var client = _map.Admin;
        client.DefaultRequestHeaders.Accept.ParseAdd("application/geo+json");

        var geo = JsonNode.Parse(await client.GetStringAsync($"{MapApi.Facilities}?pageSize=2&page=1"))!.AsObject();

        AssertFeatureCollection(geo);
        Assert.Equal(json["items"]!.AsArray().Select(MapApi.Id), geo["features"]!.AsArray().Select(f => f!["properties"]!["id"]!.GetValue<Guid>()));
        Assert.Equal(json["total"]!.GetValue<int>(), geo["total"]!.GetValue<int>());
        Assert.Equal(2, geo["pageSize"]!.GetValue<int>());
        Assert.Equal(1, geo["page"]!.GetValue<int>());
    }

    /// <summary>RFC 7946 sections 3.1.2, 3.2 and 3.3: the members and types a reader of GeoJSON relies on; no <c>crs</c> (section 4).</summary>
    private static void AssertFeatureCollection(JsonObject collection)
    {
        Assert.Equal("FeatureCollection", collection["type"]!.GetValue<string>());
        Assert.False(collection.ContainsKey("crs"));
        var features = collection["features"]!.AsArray();
        Assert.NotEmpty(features);
        foreach (var feature in features.Select(f => f!.AsObject()))
        {
            Assert.Equal("Feature", feature["type"]!.GetValue<string>());
            Assert.True(feature.ContainsKey("properties") && feature["properties"] is JsonObject);
            var geometry = feature["geometry"]!.AsObject();
            Assert.Equal("Point", geometry["type"]!.GetValue<string>());
            var coordinates = geometry["coordinates"]!.AsArray();
            Assert.Equal(2, coordinates.Count);
            Assert.All(coordinates, c => Assert.Equal(System.Text.Json.JsonValueKind.Number, c!.GetValueKind()));
            var (lon, lat) = (coordinates[0]!.GetValue<double>(), coordinates[1]!.GetValue<double>());
            Assert.InRange(lon, -180, 180);
            Assert.InRange(lat, -90, 90);
            // Within the Netherlands, longitude first: a swapped pair would put latitude 4.9 in the Gulf of Guinea.
            Assert.InRange(lon, 3.2, 7.25);
            Assert.InRange(lat, 50.75, 53.7);
            Assert.Equal(feature["properties"]!["location"]!["lon"]!.GetValue<double>(), lon);
            Assert.False(feature.ContainsKey("crs"));
        }
    }
}
