using Xunit;

// Each collection starts a whole platform; on two cores they run one after the other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
