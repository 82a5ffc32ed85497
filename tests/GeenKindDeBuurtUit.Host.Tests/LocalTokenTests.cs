using GeenKindDeBuurtUit.Host.Authentication;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GeenKindDeBuurtUit.Host.Tests;

/// <summary>The <c>token</c> command and where its key comes from.</summary>
public sealed class LocalTokenTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("gkdbu-keys-").FullName;

    [Fact]
    public void The_token_command_prints_a_token_with_the_contracts_claims()
    {
        var settings = new AuthSettings { SigningKey = new string('k', 40) };
        var output = new StringWriter();
        var school = Guid.NewGuid();

        var exit = TokenCommand.Run(["--role", "school", "--school", school.ToString(), "--role", "swv", "--sub", "las-1"], settings, output, TextWriter.Null);

        Assert.Equal(0, exit);
        var token = new JsonWebToken(output.ToString().Trim());
        Assert.Equal("las-1", token.Subject);
        Assert.Equal(["school", "swv"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal(school.ToString(), token.GetClaim("school_id").Value);
        Assert.Equal("geenkinddebuurtuit", token.Issuer);
        Assert.Contains("geenkinddebuurtuit-api", token.Audiences);
    }

    [Theory]
    [InlineData("--role", "janitor")]
    [InlineData("--school", "not-a-guid")]
    [InlineData("--hours", "0")]
    [InlineData("--colour", "red")]
    public void The_token_command_refuses_what_it_cannot_read(string option, string value)
    {
        var error = new StringWriter();

        var exit = TokenCommand.Run(["--role", "admin", option, value], new AuthSettings { SigningKey = new string('k', 40) }, TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("usage", error.ToString());
    }

    [Fact]
    public void In_development_a_key_is_created_once_and_reused()
    {
        var first = new AuthSettings();
        var second = new AuthSettings();

        SigningKeyResolver.Resolve(first, Environment(Environments.Development), _dataFolder);
        SigningKeyResolver.Resolve(second, Environment(Environments.Development), _dataFolder);

        Assert.NotNull(first.SigningKey);
        Assert.True(first.SigningKey.Length >= AuthSettings.MinimumKeyBytes);
        Assert.Equal(first.SigningKey, second.SigningKey);
    }

    [Fact]
    public void Outside_development_the_host_refuses_to_start_without_a_key_or_an_authority()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            SigningKeyResolver.Resolve(new AuthSettings(), Environment(Environments.Production), _dataFolder));

        Assert.Contains("Auth:SigningKey", exception.Message);
        Assert.Empty(Directory.GetFiles(_dataFolder));
    }

    [Fact]
    public void A_configured_key_shorter_than_32_bytes_is_refused() =>
        Assert.Throws<InvalidOperationException>(() =>
            SigningKeyResolver.Resolve(new AuthSettings { SigningKey = "short" }, Environment(Environments.Production), _dataFolder));

    [Fact]
    public void An_authority_replaces_the_key() =>
        SigningKeyResolver.Resolve(new AuthSettings { Authority = "https://login.example.org" }, Environment(Environments.Production), _dataFolder);

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private static IHostEnvironment Environment(string name) => new TestEnvironment { EnvironmentName = name };

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
