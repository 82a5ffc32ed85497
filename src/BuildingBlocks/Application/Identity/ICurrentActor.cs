namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

/// <summary>Who is calling, from the validated token: handlers use it to keep callers inside their scope.</summary>
public interface ICurrentActor
{
    string Subject { get; }

    IReadOnlySet<string> Roles { get; }

    /// <summary>The schools a <c>school</c> token acts for (claim <c>school_id</c>).</summary>
    IReadOnlySet<Guid> SchoolIds { get; }

    /// <summary>The boards a <c>treasurer</c> token acts for (claim <c>board_id</c>).</summary>
    IReadOnlySet<Guid> BoardIds { get; }

    bool IsInRole(string role) => Roles.Contains(role);
}
