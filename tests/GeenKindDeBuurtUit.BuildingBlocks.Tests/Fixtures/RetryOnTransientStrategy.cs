using Microsoft.EntityFrameworkCore.Storage;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

/// <summary>
/// SQL Server runs with a retrying execution strategy, which refuses a transaction begun outside
/// it; SQLite has none. Tests give the test module this one to run the SQL Server path on SQLite.
/// </summary>
internal sealed class RetryOnTransientStrategy(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, 3, TimeSpan.Zero)
{
    protected override bool ShouldRetryOn(Exception exception) => exception is TransientTestException;

    protected override TimeSpan? GetNextDelay(Exception lastException) => ExceptionsEncountered.Count <= MaxRetryCount ? TimeSpan.Zero : null;
}

internal sealed class TransientTestException() : Exception("A transient failure, as SQL Server reports a dropped connection.");
