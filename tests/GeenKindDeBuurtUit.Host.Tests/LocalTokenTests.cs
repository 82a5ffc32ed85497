using GeenKindDeBuurtUit.Host.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

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

        var exit = TokenCommand.Run(["--role", "school", "--school", school.ToString(), "--role", "swv", "--sub", "las-1"], settings, Development, output, TextWriter.Null);

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
    [InlineData("--hours", "12.5")]
    [InlineData("--hours", "720")]
    [InlineData("--colour", "red")]
    public void The_token_command_refuses_what_it_cannot_read(string option, string value)
    {
        var error = new StringWriter();

        var exit = TokenCommand.Run(["--sub", "dev", "--role", "admin", option, value], new AuthSettings { SigningKey = new string('k', 40) }, Development, TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("usage", error.ToString());
    }

    [Fact]
    public void The_token_command_requires_a_sub()
    {
        var error = new StringWriter();
        var output = new StringWriter();

        var exit = TokenCommand.Run(["--role", "admin"], new AuthSettings { SigningKey = new string('k', 40) }, Development, output, error);

        Assert.Equal(2, exit);
        Assert.Contains("--sub", error.ToString());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void A_token_lives_at_most_twelve_hours()
    {
        var output = new StringWriter();

        var exit = TokenCommand.Run(["--sub", "dev", "--role", "admin", "--hours", "12"], new AuthSettings { SigningKey = new string('k', 40) }, Development, output, TextWriter.Null);

        Assert.Equal(0, exit);
        var token = new JsonWebToken(output.ToString().Trim());
        Assert.Equal(TimeSpan.FromHours(12), token.ValidTo - token.ValidFrom);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_development_the_token_command_prints_no_token_and_exits_non_zero(string environment)
    {
        var error = new StringWriter();
        var output = new StringWriter();

        var exit = TokenCommand.Run(["--sub", "dev", "--role", "admin"], new AuthSettings { SigningKey = new string('k', 40) }, Environment(environment), output, error);

        Assert.NotEqual(0, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("Development only", error.ToString());
    }

    [Fact]
    public void Against_an_authority_the_token_command_explains_there_is_no_key_to_sign_with()
    {
        var error = new StringWriter();

        var exit = TokenCommand.Run(["--sub", "dev", "--role", "admin"], new AuthSettings { Authority = "https://login.example.org" }, Development, TextWriter.Null, error);

        Assert.Equal(1, exit);
        Assert.Contains("Auth:Authority", error.ToString());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void A_signing_key_and_an_authority_together_refuse_to_start(string environment)
    {
        var settings = new AuthSettings { SigningKey = new string('k', 40), Authority = "https://login.example.org" };

        var exception = Assert.Throws<InvalidOperationException>(() => SigningKeyResolver.Resolve(settings, Environment(environment), _dataFolder));

        Assert.Contains("Auth:SigningKey", exception.Message);
        Assert.Contains("Auth:Authority", exception.Message);
    }

    [Fact]
    public void With_an_authority_only_asymmetric_algorithms_are_accepted()
    {
        var algorithms = BearerOptions(new AuthSettings { Authority = "https://login.example.org" }).TokenValidationParameters.ValidAlgorithms.ToList();

        Assert.NotEmpty(algorithms);
        Assert.Contains(SecurityAlgorithms.RsaSha256, algorithms);
        Assert.DoesNotContain(algorithms, a => a.StartsWith("HS", StringComparison.Ordinal) || a.Contains("hmac", StringComparison.OrdinalIgnoreCase) || a == "none");
    }

    [Fact]
    public void With_a_signing_key_only_hs256_is_accepted() =>
        Assert.Equal([SecurityAlgorithms.HmacSha256], BearerOptions(new AuthSettings { SigningKey = new string('k', 40) }).TokenValidationParameters.ValidAlgorithms);

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

    private static IHostEnvironment Development => Environment(Environments.Development);

    private static JwtBearerOptions BearerOptions(AuthSettings settings)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBearerAuthentication(settings);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
    }

    private static IHostEnvironment Environment(string name) => new TestEnvironment { EnvironmentName = name };

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
