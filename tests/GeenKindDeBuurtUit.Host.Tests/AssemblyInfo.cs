// Each collection owns a whole platform, and Hangfire's configuration is static: two platforms
// alive at once would run each other's jobs. Collections therefore run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
