using System.Net;
using System.Net.Sockets;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;
using Microsoft.Extensions.Hosting;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Receivers;

/// <summary>
/// A receiver is called over https (plain http only in Development), at a host that resolves to
/// public addresses only, unless <c>Notifications:AllowedHosts</c> names it.
/// </summary>
internal sealed class ReceiverUrlPolicy(NotificationsOptions options, IHostEnvironment environment) : IReceiverUrlPolicy
{
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && environment.IsDevelopment()))
        {
            return "A receiver's URL starts with https://.";
        }

        if (url.UserInfo.Length > 0 || url.Fragment.Length > 0)
        {
            return "A receiver's URL holds no user name, password or fragment.";
        }

        if (IsAllowed(url.IdnHost))
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return "The receiver's host name does not resolve.";
        }

        return addresses.Length == 0 || addresses.Any(ReceiverAddresses.IsInternal)
            ? "The receiver's host lies in a private, loopback, link-local or metadata network; an operator may allow it in Notifications:AllowedHosts."
            : null;
    }

    public bool IsAllowed(string host) =>
        options.AllowedHosts.Any(allowed => string.Equals(allowed.Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));
}
