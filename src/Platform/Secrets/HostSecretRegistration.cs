using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Platform.Secrets;

public static class HostSecretRegistration
{
    /// <summary>Declares a secret the host needs: <see cref="RequireAll"/> resolves it before the host serves.</summary>
    public static IServiceCollection AddHostSecret(this IServiceCollection services, HostSecret secret) => services.AddSingleton(secret);

    /// <summary>Resolves every declared secret, so a missing one stops the start-up, not the first request that needs it.</summary>
    public static void RequireAll(IServiceProvider services)
    {
        var secrets = services.GetRequiredService<HostSecrets>();
        foreach (var secret in services.GetServices<HostSecret>())
        {
            secrets.Require(secret);
        }
    }
}
