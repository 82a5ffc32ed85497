using System.Data.Common;

namespace GeenKindDeBuurtUit.Platform.ReadCaches;

/// <summary>
/// Tells the other hosts on the same database that a schema changed, through the database itself,
/// so the announcement commits with the change or not at all. Only a provider that can deliver it
/// registers one (PostgreSQL's <c>NOTIFY</c>).
/// </summary>
public interface IChangeAnnouncement
{
    /// <param name="transaction">The transaction that wrote, still open; null after a statement that committed by itself.</param>
    Task AnnounceAsync(DbConnection connection, DbTransaction? transaction, string schema, CancellationToken cancellationToken);

    void Announce(DbConnection connection, DbTransaction? transaction, string schema);
}
