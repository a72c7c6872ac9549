namespace CarbonPlatform.ActivityData.Approval;

/// <summary>Who checks what others made: the operator's administrators and reviewers; only administrators switch approval.</summary>
public static class Reviewers
{
    public static bool MayDecide(Caller caller, ParkScope park) =>
        caller.IsPlatformAdmin || (OfOperator(caller, park) && (caller.Has(PlatformRoles.OperatorAdmin) || caller.Has(PlatformRoles.OperatorReviewer)));

    public static bool MayChangeSettings(Caller caller, ParkScope park) =>
        caller.IsPlatformAdmin || (OfOperator(caller, park) && caller.Has(PlatformRoles.OperatorAdmin));

    private static bool OfOperator(Caller caller, ParkScope park) => caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId;
}
