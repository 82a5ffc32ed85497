namespace GeenKindDeBuurtUit.BuildingBlocks.Domain;

/// <summary>A rule of the domain with a stable code that clients can rely on (for example <c>opp-required</c>).</summary>
public interface IBusinessRule
{
    string Code { get; }

    string Message { get; }

    bool IsBroken();
}
