using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

/// <summary>A school of ours stands in the Netherlands: a point outside it is a swapped latitude and longitude or a typing error.</summary>
public sealed class WithinNetherlandsRule(GeoPoint point) : IBusinessRule
{
    public string Code => "outside-netherlands";

    public string Message => Netherlands.OutsideMessage;

    public bool IsBroken() => !Netherlands.Contains(point);
}
