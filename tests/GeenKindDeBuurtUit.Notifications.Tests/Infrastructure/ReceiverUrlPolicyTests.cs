using System.Net;
using GeenKindDeBuurtUit.Notifications.Infrastructure;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Receivers;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GeenKindDeBuurtUit.Notifications.Tests.Infrastructure;

public sealed class ReceiverUrlPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.20.30.40")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("224.0.0.1")]
    public void Addresses_inside_a_private_network_are_internal(string address) =>
        Assert.True(ReceiverAddresses.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("145.97.39.155")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2001:4860:4860::8888")]
    public void Public_addresses_are_not(string address) =>
        Assert.False(ReceiverAddresses.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://145.97.39.155/hooks", "Production", "https")]
    [InlineData("https://10.0.0.5/hooks", "Production", "private")]
    [InlineData("https://169.254.169.254/latest/meta-data", "Production", "metadata")]
    [InlineData("https://[::1]:8443/hooks", "Development", "loopback")]
    [InlineData("http://localhost:5000/hooks", "Development", "loopback")]
    [InlineData("https://user:pw@145.97.39.155/hooks", "Production", "user name")]
    public async Task Refused_urls_say_why(string url, string environment, string reason)
    {
        var refusal = await Policy(environment).RefusalAsync(new Uri(url), CancellationToken.None);

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://145.97.39.155/hooks", "Production")]
    [InlineData("http://145.97.39.155/hooks", "Development")]
    [InlineData("http://127.0.0.1:5001/hooks", "Development")]
    [InlineData("https://127.0.0.1:5001/hooks", "Production")]
    public async Task Public_https_urls_and_allowed_hosts_are_accepted(string url, string environment) =>
        Assert.Null(await Policy(environment).RefusalAsync(new Uri(url), CancellationToken.None));

    private static ReceiverUrlPolicy Policy(string environment) =>
        new(new NotificationsOptions { AllowedHosts = ["127.0.0.1"] }, new Environment(environment));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = ".";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
