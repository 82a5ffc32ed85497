namespace GeenKindDeBuurtUit.Facilities.Application.Facilities;

/// <summary>A command that changes one existing facility; <c>IfMatch</c> is the client's expected version, if it sent one.</summary>
public interface IFacilityChange
{
    Guid FacilityId { get; }

    string? IfMatch { get; }
}
