namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>Special education: SBO (speciaal basisonderwijs) or SO (speciaal onderwijs).</summary>
public enum ReferralType
{
    Sbo,
    So,
}

/// <summary>The funding category of an SO placement.</summary>
public enum SoCategory
{
    Low,
    Medium,
    High,
}
