namespace CarbonPlatform.Identity.People;

/// <summary>A person who signs in to the portal for an organisation, with the roles it gave them.</summary>
public sealed class Person
{
    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>
    /// NFKC lower-case. Unique within the organisation only: a name taken in another organisation is no answer anyone
    /// gets (sign-in tells people apart by their password, see <c>PasswordSignIn</c>).
    /// </summary>
    public required string UserName { get; init; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public required Guid OrganizationId { get; init; }
    public required string OrganizationKind { get; init; }
    public string? RegionCode { get; init; }
    /// <summary>An enterprise person's park and enterprise record (copied from the organisation, like the region).</summary>
    public Guid? ParkId { get; init; }
    public Guid? EnterpriseId { get; init; }
    public List<string> Roles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;

    public static string NormalizeUserName(string userName) => UserNames.Normalize(userName);
}
