using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Receivers;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Delivering;

/// <summary>
/// The connection to a receiver, checked again at connect time: a host name that resolved to a
/// public address when the subscription was made may point inside our network today.
/// </summary>
internal sealed class ReceiverConnection(ReceiverUrlPolicy policy)
{
    public SocketsHttpHandler Handler() => new()
    {
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxConnectionsPerServer = 4,
        ConnectCallback = ConnectAsync,
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!policy.IsAllowed(host) && (addresses.Length == 0 || addresses.Any(ReceiverAddresses.IsInternal)))
        {
            throw new HttpRequestException("The receiver's host resolves into a private, loopback or link-local network.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
