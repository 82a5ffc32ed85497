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

    /// <summary>The pages' client at the authority (OpenID Connect code flow); with <see cref="Authority"/> it turns on sign-in to the pages.</summary>
    public string? ClientId { get; set; }

    /// <summary>Only for a confidential client; a public client relies on PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c>, space-separated: whatever makes the authority issue an access token for <see cref="Audience"/>.</summary>
    public string? Scope { get; set; }

    /// <summary>The authority's metadata over HTTPS only; off solely for a local test authority.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool PagesUseOpenIdConnect => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
