namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>The grades of the zero-carbon park standard: the only ones a graded scheme's rules may name.</summary>
public static class Grades
{
    /// <summary>Highest first.</summary>
    public static IReadOnlyList<string> Ladder { get; } = ["AAA", "AA", "A", "B", "C"];
}
