using CarbonPlatform.BuildingBlocks.Persistence;

namespace CarbonPlatform.Evaluation.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<EvaluationDb>;
