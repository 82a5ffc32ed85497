using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GeenKindDeBuurtUit.Platform.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

public sealed class IdempotencyFingerprintTests
{
    private static readonly Guid SchoolA = Guid.Parse("a0000000-0000-0000-0000-000000000001");
    private static readonly Guid SchoolB = Guid.Parse("b0000000-0000-0000-0000-000000000002");

    [Fact]
    public void The_caller_is_its_sub_with_its_roles_schools_and_boards_whatever_order_the_token_lists_them_in()
    {
        var fingerprints = Fingerprints(new string('k', 40));

        var schoolOfA = fingerprints.OfCaller(User("u1", ("role", "school"), ("school_id", SchoolA.ToString())));
        var schoolOfB = fingerprints.OfCaller(User("u1", ("role", "school"), ("school_id", SchoolB.ToString())));
        var schoolOfBoth = fingerprints.OfCaller(User("u1", ("role", "school"), ("school_id", SchoolA.ToString()), ("school_id", SchoolB.ToString())));
        var schoolOfBothReordered = fingerprints.OfCaller(User("u1", ("school_id", SchoolB.ToString()), ("role", "school"), ("school_id", SchoolA.ToString())));
        var boardOfA = fingerprints.OfCaller(User("u1", ("role", "school"), ("board_id", SchoolA.ToString())));
        var admin = fingerprints.OfCaller(User("u1", ("role", "admin")));
        var adminAndSwv = fingerprints.OfCaller(User("u1", ("role", "admin"), ("role", "swv")));

        Assert.Equal(5, new[] { schoolOfA, schoolOfB, schoolOfBoth, boardOfA, admin }.Distinct().Count());
        Assert.NotEqual(admin, adminAndSwv);
        Assert.Equal(schoolOfBoth, schoolOfBothReordered);
    }

    [Fact]
    public void Both_hashes_are_keyed_so_they_cannot_be_recomputed_without_the_key()
    {
        var body = Encoding.UTF8.GetBytes("""{"pupilRef":"123456782"}""");
        var one = Fingerprints(new string('k', 40));
        var other = Fingerprints(new string('q', 40));

        var request = one.OfRequest("POST", "/api/v1/support-cases", body);

        var plain = Convert.ToHexString(SHA256.HashData([.. Encoding.UTF8.GetBytes("POST\n/api/v1/support-cases\n"), .. body]));
        Assert.NotEqual(plain, request);
        Assert.NotEqual(other.OfRequest("POST", "/api/v1/support-cases", body), request);
        Assert.NotEqual(other.OfCaller(User("u1")), one.OfCaller(User("u1")));
        Assert.NotEqual(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("u1"))), one.OfCaller(User("u1")));
    }

    private static ClaimsPrincipal User(string sub, params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity([new Claim("sub", sub), .. claims.Select(c => new Claim(c.Type, c.Value))], "test"));

    private static IdempotencyFingerprint Fingerprints(string key) => new(new HostSecrets(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [IdempotencyFingerprint.Secret.Setting] = key }).Build(),
        new ProductionEnvironment(),
        Path.GetTempPath()));

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = string.Empty;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
