using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.Audit.Infrastructure.Trail;
using GeenKindDeBuurtUit.Audit.Tests.Api;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Audit.Tests.Infrastructure;

/// <summary>
/// An append runs on the trail's kept connection with the head it holds in memory (docs/adr/0065):
/// after the first append no connection is opened again, and the chain still verifies. On PostgreSQL
/// such an append is one statement that commits on its own, without a transaction (docs/adr/0084).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class KeptConnectionTests(PlatformFactory platform)
{
    private readonly AuditApi api = new(platform);

    [Fact]
    public async Task Appends_after_the_first_open_no_connection_and_leave_a_chain_that_verifies()
    {
        using var trail = new AuditTrail(platform.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, platform.Services.GetRequiredService<ChainKey>());
        var objectId = Guid.NewGuid();
        await trail.RecordAsync(Entry(objectId), CancellationToken.None);
        using var transactions = AuditTransactions.Watch();

        for (var i = 0; i < 30; i++)
        {
            await trail.RecordAsync(Entry(objectId), CancellationToken.None);
        }

        Assert.Equal(0, transactions.ConnectionsOpened);
        Assert.Equal(platform.Provider == DatabaseProvider.PostgreSql ? 0 : 30, transactions.Committed);
        Assert.Equal(31, (await api.RecordsOfAsync(objectId)).Count);
        Assert.True((await api.VerifyAsync())["valid"]!.GetValue<bool>());
    }

    private static AuditEntry Entry(Guid objectId) =>
        new("test:kept-connection", ["admin", "school", "admin", "unknown"], "GetSupportCase", "support-case", objectId.ToString(), AuditOutcome.Denied, null, 403);
}
