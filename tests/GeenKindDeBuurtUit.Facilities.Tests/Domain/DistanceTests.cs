using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Facilities.Tests.Domain;

public sealed class DistanceTests
{
    // Amsterdam Centraal, the Dam and Rotterdam Centraal.
    private static readonly GeoPoint Centraal = new(52.378900, 4.900500);
    private static readonly GeoPoint Dam = new(52.373100, 4.892600);
    private static readonly GeoPoint RotterdamCentraal = new(51.924400, 4.469400);

    [Fact]
    public void A_hundredth_of_a_degree_along_a_meridian_is_1112_metres() =>
        Assert.Equal(1111.95, new GeoPoint(52.37, 4.89).MetresTo(new GeoPoint(52.38, 4.89)), 1);

    [Fact]
    public void Along_a_parallel_a_degree_shrinks_with_the_cosine_of_the_latitude() =>
        Assert.Equal(1111.95 * Math.Cos(52.37 * Math.PI / 180), new GeoPoint(52.37, 4.89).MetresTo(new GeoPoint(52.37, 4.90)), 0);

    [Fact]
    public void A_short_walk_is_measured_to_a_few_metres() =>
        Assert.InRange(Centraal.MetresTo(Dam), 830, 845);

    [Fact]
    public void Amsterdam_to_Rotterdam_is_about_fifty_eight_kilometres() =>
        Assert.InRange(Centraal.MetresTo(RotterdamCentraal), 57_000, 59_000);

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        Assert.Equal(Centraal.MetresTo(Dam), Dam.MetresTo(Centraal), 6);
        Assert.Equal(0, Centraal.MetresTo(Centraal), 6);
    }

    [Fact]
    public void The_box_around_a_point_holds_every_point_within_the_radius()
    {
        var (minLat, maxLat, minLon, maxLon) = Centraal.BoxAround(1_000);
        Assert.InRange(Dam.Latitude, minLat, maxLat);
        Assert.InRange(Dam.Longitude, minLon, maxLon);
        Assert.False(RotterdamCentraal.Latitude >= minLat);
    }

    [Theory]
    [InlineData(52.37, 4.89, true)]
    [InlineData(4.89, 52.37, false)]
    [InlineData(48.85, 2.35, false)]
    [InlineData(53.45, 6.84, true)]
    public void Only_points_in_the_Netherlands_are_ours(double lat, double lon, bool inside) =>
        Assert.Equal(inside, Netherlands.Contains(new GeoPoint(lat, lon)));
}
