using GeenKindDeBuurtUit.Platform.Secrets;

namespace GeenKindDeBuurtUit.Audit.Infrastructure.Chain;

internal static class ChainKeySecret
{
    /// <summary>The chain's HMAC key: configured, or created in <c>data/</c> in Development (docs/adr/0035).</summary>
    public static readonly HostSecret Value = new("Audit:ChainKey", "dev-audit-chain-key");
}
