namespace CarbonPlatform.Evaluation.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<EvaluationDb>;
