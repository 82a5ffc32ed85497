using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Points a context at the configured database, with its own migrations history table. The host
/// registers one for <c>Database:Provider</c>; whatever a provider needs besides (SQLite's write
/// gate and pragmas) comes with it, so nothing of it is wired for another provider (docs/adr/0036).
/// </summary>
public interface IDatabaseProviderSetup
{
    DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string schema);
}
