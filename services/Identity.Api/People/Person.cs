namespace CarbonPlatform.Identity.People;

/// <summary>A person who signs in to the portal for an organisation, with the roles it gave them.</summary>
public sealed class Person
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>Always lower-case, so that the unique index is unique whatever case a person types.</summary>
    public required string UserName { get; init; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public required Guid OrganizationId { get; init; }
    public required string OrganizationKind { get; init; }
    public string? RegionCode { get; init; }
    public List<string> Roles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? DisabledAt { get; set; }
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    public bool IsDisabled => DisabledAt is not null;

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public static string NormalizeUserName(string userName) => UserNames.Normalize(userName);

    public void RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns < MaxFailedSignIns) return;
        LockedUntil = now + LockoutDuration;
        FailedSignIns = 0;
    }

    public void RecordSignIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }
}
