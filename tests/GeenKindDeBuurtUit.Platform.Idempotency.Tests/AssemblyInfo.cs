// Hangfire's configuration is static: two platforms alive at once would run each other's jobs.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
