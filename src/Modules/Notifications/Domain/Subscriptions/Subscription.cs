using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Notifications.Domain.Rules;

namespace GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

/// <summary>
/// A receiver's URL that hears the given types of change, on behalf of the caller who created it.
/// Its signing secret is held only as ciphertext (<see cref="ProtectedSecret"/>); after a rotation
/// the previous one keeps signing alongside the new one for <see cref="PreviousSecretKeptFor"/>,
/// so a receiver can switch without missing a delivery.
/// </summary>
public sealed class Subscription : AggregateRoot
{
    public const int MaxPerOwner = 20;

    /// <summary>After this many failed attempts in a row a subscription shows as failing.</summary>
    public const int FailingAfter = 5;

    public static readonly TimeSpan PreviousSecretKeptFor = TimeSpan.FromHours(24);

    private readonly List<string> _types = [];
    private readonly List<string> _ownerRoles = [];
    private readonly List<Guid> _ownerSchoolIds = [];
    private readonly List<Guid> _ownerBoardIds = [];

    private Subscription()
    {
        Url = string.Empty;
        OwnerSubject = string.Empty;
        ProtectedSecret = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Url { get; private set; }

    public IReadOnlyList<string> Types => _types;

    public string? Description { get; private set; }

    public string OwnerSubject { get; private set; }

    public IReadOnlyList<string> OwnerRoles => _ownerRoles;

    public IReadOnlyList<Guid> OwnerSchoolIds => _ownerSchoolIds;

    public IReadOnlyList<Guid> OwnerBoardIds => _ownerBoardIds;

    public SubscriptionOwner Owner => new(OwnerSubject, _ownerRoles, _ownerSchoolIds, _ownerBoardIds);

    public SubscriptionStatus Status { get; private set; }

    /// <summary>The current signing secret, encrypted by the host's key; never the secret itself.</summary>
    public string ProtectedSecret { get; private set; }

    public string? PreviousProtectedSecret { get; private set; }

    public DateTime? PreviousSecretExpiresAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Failed attempts since the last delivered one; kept by the deliverer.</summary>
    public int ConsecutiveFailures { get; private set; }

    /// <param name="ownersSubscriptions">How many subscriptions the owner already holds.</param>
    public static Subscription Create(
        Guid id, string url, IReadOnlyCollection<string> types, string? description, SubscriptionOwner owner, string protectedSecret, int ownersSubscriptions, DateTime now)
    {
        CheckRule(new KnownTypesRule(types));
        CheckRule(new TypesReadableByOwnerRule(types, owner));
        CheckRule(new SubscriptionsPerCallerRule(ownersSubscriptions));
        var subscription = new Subscription
        {
            Id = id, Url = url, Description = description, OwnerSubject = owner.Subject, Status = SubscriptionStatus.Active,
            ProtectedSecret = protectedSecret, CreatedAt = now,
        };
        subscription._types.AddRange(types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        subscription._ownerRoles.AddRange(owner.Roles.Where(SubscriberRoles.All.Contains).Distinct().Order(StringComparer.Ordinal));
        subscription._ownerSchoolIds.AddRange(owner.SchoolIds.Distinct().Order());
        subscription._ownerBoardIds.AddRange(owner.BoardIds.Distinct().Order());
        return subscription;
    }

    /// <summary>Refuses what only a receiving subscription can do: a ping, a redelivery.</summary>
    public void EnsureReceiving() => CheckRule(new SubscriptionDeactivatedRule(Status));

    public bool Wants(string type) => _types.Contains(type, StringComparer.Ordinal);

    /// <summary>The new secret signs from now on; the old one signs too until a day has passed.</summary>
    public void RotateSecret(string protectedSecret, DateTime now)
    {
        CheckRule(new SubscriptionDeactivatedRule(Status));
        PreviousProtectedSecret = ProtectedSecret;
        PreviousSecretExpiresAt = now + PreviousSecretKeptFor;
        ProtectedSecret = protectedSecret;
    }

    /// <summary>The secrets a delivery at <paramref name="now"/> is signed with: the current one, and the previous one within its day.</summary>
    public IReadOnlyList<string> SigningSecretsAt(DateTime now) =>
        PreviousProtectedSecret is { } previous && PreviousSecretExpiresAt > now ? [ProtectedSecret, previous] : [ProtectedSecret];
}
