using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

// The same tests as on the default platform, through a gateway balancing over two replicas of every service, each on
// PostgreSQL: a request, its event and the gRPC calls it causes land on different instances.

[Collection(ReplicatedPlatformCollection.Name)]
public sealed class ReplicatedThinFlowTests(ReplicatedPlatformFixture replicated) : ThinFlowTests(replicated.Platform);

[Collection(ReplicatedPlatformCollection.Name)]
public sealed class ReplicatedCalculationVectorTests(ReplicatedPlatformFixture replicated) : CalculationVectorTests(replicated.Platform);

[Collection(ReplicatedPlatformCollection.Name)]
public sealed class ReplicatedEvaluationVectorTests(ReplicatedPlatformFixture replicated) : EvaluationVectorTests(replicated.Platform);
