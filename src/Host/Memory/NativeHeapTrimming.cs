using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Host.Memory;

internal static class NativeHeapTrimming
{
    public static IServiceCollection AddNativeHeapTrimming(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NativeHeapOptions>().Bind(configuration.GetSection(NativeHeapOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NativeHeapOptions>, NativeHeapOptions.Validation>();
        return services.AddHostedService<NativeHeapTrimmer>();
    }
}
