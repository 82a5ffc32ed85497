namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

/// <summary>
/// Encrypts a subscription's signing secret with a key the host holds outside its database
/// (docs/adr/0035): a copy of the database alone signs nothing.
/// </summary>
public interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
