namespace CarbonPlatform.Certification.Applications;

/// <summary>What a change to the park-year's data means for an open application pinned to its inventory version. Pure.</summary>
public static class DataChanges
{
    public const string ReturnedDecision = "returned";
    public const string NoticeDecision = "inventory-recomputed";
    public const string Platform = "platform";

    public enum Outcome { None, Return, Notice }

    /// <summary>A batch recorded after submission changes what the application rests on: it goes back to the operator.</summary>
    public static Outcome OnBatch(CertificationApplication a, DateTime recordedAt) =>
        IsOpen(a) && recordedAt > a.SubmittedAt ? Outcome.Return : Outcome.None;

    /// <summary>
    /// A newer inventory version of the pinned method: computed with the same factor release it can only come from new
    /// activity data (return); with another release it is a recompute on new factors (a notice, the application stays pinned).
    /// </summary>
    public static Outcome OnInventory(CertificationApplication a, string method, int version, string factorRelease)
    {
        if (!IsOpen(a) || (a.InventoryMethod is not null && a.InventoryMethod != method) || version <= a.InventoryVersion) return Outcome.None;
        if (a.InventoryMethod is null) return Outcome.Notice;
        return factorRelease == a.FactorRelease ? Outcome.Return : Outcome.Notice;
    }

    private static bool IsOpen(CertificationApplication a) => ApplicationEvents.Open.Contains(a.Status);
}
