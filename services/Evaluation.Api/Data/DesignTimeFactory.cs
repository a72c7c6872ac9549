using CarbonPlatform.ServiceDefaults.Persistence;

namespace CarbonPlatform.Evaluation.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<EvaluationDb>;
