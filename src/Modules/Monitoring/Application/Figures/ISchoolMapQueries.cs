namespace GeenKindDeBuurtUit.Monitoring.Application.Figures;

/// <summary>Monitoring's own school map and names, and the versions of the read models figures are built from (docs/adr/0025).</summary>
internal interface ISchoolMapQueries
{
    /// <summary>The versions, read together in one statement.</summary>
    /// <returns>Null when a version row is missing (a database not migrated yet): then nothing is kept.</returns>
    Task<ReadModelStamp?> StampAsync(CancellationToken cancellationToken);

    /// <summary>Where each school stands: only the columns the tree needs, so no board ids, dates or levels are read and parsed.</summary>
    Task<IReadOnlyList<UnitTree.Placement>> PlacementsAsync(CancellationToken cancellationToken);

    /// <summary>The name of every area, cluster and school, by id.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken);
}
