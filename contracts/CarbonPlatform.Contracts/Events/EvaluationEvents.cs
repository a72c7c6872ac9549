namespace CarbonPlatform.Contracts.Evaluation;

public sealed record EvaluationCompleted(Guid EvaluationId, Guid ParkId, int Year, string Scheme, string? Grade, bool? Passed);
