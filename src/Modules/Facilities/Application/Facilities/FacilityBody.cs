using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Rules;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>The create body, also what an update sets in full: both commands carry its members flat, so errors name them as sent.</summary>
public interface IFacilityBody
{
    string Name { get; }

    FacilityKind Kind { get; }

    string? Description { get; }

    string Address { get; }

    LocationDto Location { get; }

    Guid AreaId { get; }

    IReadOnlyList<Need> Offers { get; }

    int? AgeFrom { get; }

    int? AgeTo { get; }

    ContactDto Contact { get; }

    string StewardSub { get; }
}

public static class FacilityBody
{
    public const int MaxDescription = 2000;
    public const int MaxAddress = 300;
    public const int MaxSub = 200;
    public const int MaxUrl = 500;
    public const int MaxPhone = 30;
    public const int MaxEmail = 254;

    /// <summary>A token's <c>sub</c>: printable, without spaces.</summary>
    public const string SubPattern = "^[!-~]+$";

    public const string PhonePattern = "^\\+?[0-9][0-9 ()-]*$";

    public static FacilityDetails ToDetails(this IFacilityBody body) => new(
        body.Name.Trim(), body.Kind, Blank(body.Description), body.Address.Trim(), new GeoPoint(body.Location.Lat, body.Location.Lon), body.AreaId,
        [.. body.Offers.Distinct()], body.AgeFrom, body.AgeTo, new FacilityContact(Blank(body.Contact.Url), Blank(body.Contact.Phone), Blank(body.Contact.Email)),
        body.StewardSub.Trim());

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal sealed class FacilityBodyValidator<T> : AbstractValidator<T>
    where T : IFacilityBody
{
    public FacilityBodyValidator()
    {
        RuleFor(b => b.Name).IsName();
        RuleFor(b => b.Description).MaximumLength(FacilityBody.MaxDescription).IdentifiesNoPupil();
        RuleFor(b => b.Address).NotEmpty().MaximumLength(FacilityBody.MaxAddress).IdentifiesNoPupil();
        RuleFor(b => b.Location).NotNull();
        RuleFor(b => b.Location.Lat).Must(Netherlands.ContainsLatitude).WithMessage(Netherlands.OutsideMessage).When(b => b.Location is not null);
        RuleFor(b => b.Location.Lon).Must(Netherlands.ContainsLongitude).WithMessage(Netherlands.OutsideMessage).When(b => b.Location is not null);
        RuleFor(b => b.AreaId).NotEqual(Guid.Empty);
        RuleFor(b => b.Offers).NotNull().Must(o => o is null || o.Count <= Enum.GetValues<Need>().Length).WithMessage("Name each need at most once.");
        RuleFor(b => b.AgeTo).Must((b, to) => !new AgeRangeRule(b.AgeFrom, to).IsBroken()).WithMessage(new AgeRangeRule(null, null).Message);
        RuleFor(b => b.Contact).NotNull();
        RuleFor(b => b.Contact.Url).MaximumLength(FacilityBody.MaxUrl)
            .Must(url => url is null || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("An absolute http or https address.").When(b => b.Contact is not null);
        RuleFor(b => b.Contact.Phone).MaximumLength(FacilityBody.MaxPhone)
            .Matches(FacilityBody.PhonePattern).WithMessage("Digits, spaces, brackets and dashes, optionally after a leading +.").When(b => b.Contact is not null);
        RuleFor(b => b.Contact.Email).MaximumLength(FacilityBody.MaxEmail).EmailAddress().When(b => b.Contact is not null);
        RuleFor(b => b.StewardSub).NotEmpty().MaximumLength(FacilityBody.MaxSub).IdentifiesNoPupil()
            .Matches(FacilityBody.SubPattern).WithMessage("The steward's sub as the token carries it: printable characters without spaces.");
    }
}
