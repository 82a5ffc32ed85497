using GeenKindDeBuurtUit.Platform.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GeenKindDeBuurtUit.Platform.Secrets.Tests;

public sealed class HostSecretsTests : IDisposable
{
    private static readonly HostSecret Secret = new("Things:HashKey", "dev-things-key");

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("gkdbu-secrets-").FullName;

    [Fact]
    public void A_configured_key_wins_and_nothing_is_written()
    {
        var configured = new string('k', 40);

        var key = Secrets(Environments.Production, configured).Require(Secret);

        Assert.Equal(configured, key);
        Assert.Empty(Directory.GetFiles(_dataFolder));
    }

    [Fact]
    public void In_development_a_key_is_created_once_in_the_data_folder_and_reused()
    {
        var first = Secrets(Environments.Development).Require(Secret);
        var second = Secrets(Environments.Development).Require(Secret);

        Assert.True(first.Length >= HostSecret.MinimumBytes);
        Assert.Equal(first, second);
        Assert.Equal(first, File.ReadAllText(Path.Combine(_dataFolder, Secret.DevelopmentFile)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Outside_development_a_missing_key_refuses_with_the_setting_named_and_writes_nothing(string? configured)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Secrets(Environments.Production, configured).Require(Secret));

        Assert.Contains("Things:HashKey", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Outside Development", exception.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dataFolder));
    }

    [Fact]
    public void A_configured_key_shorter_than_32_bytes_is_refused_in_every_environment()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Secrets(Environments.Development, "short").Require(Secret));

        Assert.Contains("Things:HashKey", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_declared_secret_is_required_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Secrets(Environments.Staging));
        services.AddHostSecret(Secret);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<InvalidOperationException>(() => HostSecretRegistration.RequireAll(provider));

        Assert.Contains("Things:HashKey", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private HostSecrets Secrets(string environment, string? configured = null) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [Secret.Setting] = configured }).Build(),
        new TestEnvironment(environment),
        _dataFolder);

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = string.Empty;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
