namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>
/// The five levels of the support pyramid (HGW). Levels 1-3 are basic support inside the school;
/// 4 brings outside expertise, 5 a multidisciplinary support team (OT) with the SWV.
/// </summary>
public static class SupportLevel
{
    public const int Lowest = 1;
    public const int HighestAtOpening = 3;
    public const int OutsideExpertise = 4;
    public const int SupportTeam = 5;

    public static bool IsValid(int level) => level is >= Lowest and <= SupportTeam;

    public static bool IsBeyondBasicSupport(int level) => level >= OutsideExpertise;
}
