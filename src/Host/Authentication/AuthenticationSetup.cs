using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace GeenKindDeBuurtUit.Host.Authentication;

internal static class AuthenticationSetup
{
    /// <summary>What an identity provider (<c>Auth:Authority</c>) may sign with: RSA, RSA-PSS and ECDSA.</summary>
    public static readonly string[] AsymmetricAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    /// <summary>Bearer tokens for everything outside the pages; the pages' cookie is added by <see cref="PageSignIn"/>.</summary>
    public static IServiceCollection AddBearerAuthentication(this IServiceCollection services, AuthSettings settings)
    {
        services.AddSingleton(settings);
        services.AddAuthentication(PageSchemes.Platform)
            .AddPolicyScheme(PageSchemes.Platform, null, options => options.ForwardDefaultSelector = PageSchemes.Select)
            .AddJwtBearer(options =>
        {
            // Claim names stay as the contract writes them (sub, role, school_id, board_id).
            options.MapInboundClaims = false;
            if (!string.IsNullOrWhiteSpace(settings.Authority))
            {
                options.Authority = settings.Authority;
            }

            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = settings.Issuer,
                ValidateAudience = true,
                ValidAudience = settings.Audience,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                NameClaimType = "sub",
                RoleClaimType = "role",
            };
            options.Events = new JwtBearerEvents { OnChallenge = context => BearerChallengeDetails.OnChallenge(context, settings) };
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(new CachingTokenHandler(TimeProvider.System));
            if (!string.IsNullOrWhiteSpace(settings.SigningKey))
            {
                options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey));
                options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }
            else
            {
                // An identity provider signs with its private key; a symmetric algorithm here would let a
                // token "signed" with the provider's public key material pass (algorithm confusion).
                options.TokenValidationParameters.ValidAlgorithms = AsymmetricAlgorithms;
            }
        });
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenRoleDetails>();
        return services;
    }
}
