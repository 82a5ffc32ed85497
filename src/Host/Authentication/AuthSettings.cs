namespace GeenKindDeBuurtUit.Host.Authentication;

/// <summary>The contract's token settings (section <c>Auth</c>).</summary>
internal sealed class AuthSettings
{
    public const string Section = "Auth";
    public const int MinimumKeyBytes = 32;

    public string Issuer { get; set; } = "geenkinddebuurtuit";

    public string Audience { get; set; } = "geenkinddebuurtuit-api";

    /// <summary>HS256 key, at least 32 bytes in UTF-8.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An external OpenID Connect authority instead of a signing key.</summary>
    public string? Authority { get; set; }
}
