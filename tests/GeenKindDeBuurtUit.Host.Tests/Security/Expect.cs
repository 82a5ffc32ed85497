namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// What each caller gets from one operation. Unless a row says otherwise: the allowed callers get
/// the success code, every other authenticated caller 403, and callers without a valid token 401.
/// <see cref="Hidden"/> callers may call the operation but the id is outside their scope: 404.
/// </summary>
internal sealed class Expect
{
    private readonly Dictionary<Caller, int> _codes = [];

    private Expect(int success, IEnumerable<Caller> allowed)
    {
        foreach (var caller in Callers.Authenticated)
        {
            _codes[caller] = 403;
        }

        foreach (var caller in Callers.Unauthenticated)
        {
            _codes[caller] = 401;
        }

        foreach (var caller in allowed)
        {
            _codes[caller] = success;
        }
    }

    public static Expect Allow(int success, params Caller[] allowed) => new(success, allowed);

    /// <summary>Everyone with a valid token gets the success code.</summary>
    public static Expect Everyone(int success) => new(success, Callers.Authenticated);

    /// <summary>Allowed to call the operation, but the id belongs to someone else: never say it exists.</summary>
    public Expect Hidden(params Caller[] callers)
    {
        foreach (var caller in callers)
        {
            _codes[caller] = 404;
        }

        return this;
    }

    public int For(Caller caller) => _codes[caller];

    public bool Succeeds(Caller caller) => For(caller) is >= 200 and < 300;
}
