namespace CarbonPlatform.Identity.People;

/// <summary>A person who signs in to the portal (never their password).</summary>
public sealed record PersonView(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt);

/// <summary>The person just created; password is the one the server made, shown this once (null when the caller chose it).</summary>
public sealed record CreatedPerson(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Password);
