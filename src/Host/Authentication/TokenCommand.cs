using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// <c>dotnet run --project src/Host -- token --sub &lt;name&gt; --role school --school &lt;id&gt;</c>: prints a
/// token signed with the key the host itself validates with. Options may repeat. Development only:
/// elsewhere whoever can run the host's binary could otherwise mint any identity (docs/adr/0034).
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";

    /// <summary>A working day: a leaked local token is worthless by the next morning.</summary>
    public const double MaxHours = 12;

    /// <summary>Names every role the host knows, so a new one (partner) is offered as soon as it exists.</summary>
    private static readonly string Usage =
        $"usage: token --sub <name> --role <{string.Join('|', Roles.All)}> [--role ...] [--school <id>]... [--board <id>]... [--hours <n, at most 12>]";

    public static int Run(string[] args, AuthSettings settings, IHostEnvironment environment, TextWriter output, TextWriter error)
    {
        if (!environment.IsDevelopment())
        {
            error.WriteLine($"token: local tokens are for Development only; this host runs as '{environment.EnvironmentName}'. " +
                "Get a token from the identity provider (Auth:Authority), or set ASPNETCORE_ENVIRONMENT=Development on a developer machine.");
            return 1;
        }

        if (string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            error.WriteLine("token: this host validates tokens from Auth:Authority and holds no signing key; get a token from that identity provider.");
            return 1;
        }

        var roles = new List<string>();
        var schools = new List<Guid>();
        var boards = new List<Guid>();
        string? subject = null;
        var hours = 8.0;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var ok = args[i] switch
            {
                "--role" when value is not null && Roles.All.Contains(value) => Add(roles, value),
                "--school" when Guid.TryParse(value, out var school) => Add(schools, school),
                "--board" when Guid.TryParse(value, out var board) => Add(boards, board),
                "--sub" when !string.IsNullOrWhiteSpace(value) && !value.StartsWith("--", StringComparison.Ordinal) => Set(out subject, value),
                "--hours" when double.TryParse(value, CultureInfo.InvariantCulture, out var h) && h > 0 && h <= MaxHours => Set(out hours, h),
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine($"token: cannot read '{args[i]}{(value is null ? string.Empty : " " + value)}'.");
                error.WriteLine(Usage);
                return 2;
            }

            i++;
        }

        if (subject is null || roles.Count == 0)
        {
            // Without a chosen sub every developer's token was one caller in the audit trail and the idempotency keys.
            error.WriteLine(subject is null ? "token: give --sub <name>: the audit trail records who acted." : "token: give at least one --role.");
            error.WriteLine(Usage);
            return 2;
        }

        output.WriteLine(TokenIssuer.Issue(settings, new TokenRequest(subject, roles, schools, boards, TimeSpan.FromHours(hours)), DateTimeOffset.UtcNow));
        return 0;
    }

    private static bool Add<T>(List<T> list, T value)
    {
        list.Add(value);
        return true;
    }

    private static bool Set<T>(out T target, T value)
    {
        target = value;
        return true;
    }
}
