namespace CarbonPlatform.BuildingBlocks.CertificationHolds;

/// <summary>Whether an application's facts hold its park-year or its evaluation. Pure.</summary>
public static class CertificationHold
{
    /// <summary>
    /// The year is held while the application is pending or certified. Approval wins over any release (a certified year
    /// is never released by another path); only the issuing body's reopening releases a certified year.
    /// </summary>
    public static bool HoldsYear(IReadOnlyCollection<string> facts) =>
        !facts.Contains(HoldFacts.Reopened) && HoldsEvaluation(facts);

    /// <summary>The evaluation stays held once certified, even after a reopening: it is the certificate's record.</summary>
    public static bool HoldsEvaluation(IReadOnlyCollection<string> facts) =>
        facts.Contains(HoldFacts.Certified) || (facts.Contains(HoldFacts.Applied) && !facts.Contains(HoldFacts.Released));

    /// <summary>The applications whose facts hold the year, from the facts of every application of that park-year.</summary>
    public static IReadOnlyList<Guid> YearHolders(IEnumerable<HoldFact> facts) =>
        [.. facts.GroupBy(f => f.ApplicationId).Where(g => HoldsYear([.. g.Select(f => f.Fact)])).Select(g => g.Key).Order()];
}
