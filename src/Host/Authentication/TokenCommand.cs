using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;

namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>
/// <c>dotnet run --project src/Host -- token --role school --school &lt;id&gt;</c>: prints a token
/// signed with the key the host itself validates with. Options may repeat.
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";

    private const string Usage =
        "usage: token --role <school|swv|coordinator|treasurer|analyst|admin> [--role ...] [--school <id>]... [--board <id>]... [--sub <name>] [--hours <n>]";

    public static int Run(string[] args, AuthSettings settings, TextWriter output, TextWriter error)
    {
        var roles = new List<string>();
        var schools = new List<Guid>();
        var boards = new List<Guid>();
        string subject = "local-developer";
        var hours = 8.0;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var ok = args[i] switch
            {
                "--role" when value is not null && Roles.All.Contains(value) => Add(roles, value),
                "--school" when Guid.TryParse(value, out var school) => Add(schools, school),
                "--board" when Guid.TryParse(value, out var board) => Add(boards, board),
                "--sub" when !string.IsNullOrWhiteSpace(value) => Set<string>(out subject, value ?? subject),
                "--hours" when double.TryParse(value, CultureInfo.InvariantCulture, out var h) && h > 0 && h <= 24 * 30 => Set(out hours, h),
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

        if (roles.Count == 0)
        {
            error.WriteLine("token: give at least one --role.");
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
