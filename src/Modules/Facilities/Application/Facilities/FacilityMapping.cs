using System.Globalization;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

internal static class FacilityMapping
{
    public static FacilityDto ToDto(this Facility f, ConfirmationPolicy policy, double? distanceM = null) => new(
        f.Id, f.Name, f.Kind, f.Description, f.Address, new LocationDto(f.Latitude, f.Longitude), f.AreaId, [.. f.Offers], f.AgeFrom, f.AgeTo,
        new ContactDto(f.ContactUrl, f.ContactPhone, f.ContactEmail), f.StewardSub, f.Status,
        new DateTimeOffset(DateTime.SpecifyKind(f.ConfirmedAt, DateTimeKind.Utc)), policy.StaleOn(f.ConfirmedOn), f.OpenClosedReports, f.WithdrawnOn,
        distanceM is { } metres ? (int)Math.Round(metres) : null, f.Version.ToString(CultureInfo.InvariantCulture));
}
