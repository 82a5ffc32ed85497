// The tests start real host processes and measure time: on a small CI machine they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
