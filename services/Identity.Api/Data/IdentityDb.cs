using CarbonPlatform.Identity.People;
using CarbonPlatform.Identity.Revocations;
using CarbonPlatform.Identity.SignIn.Throttling;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.Data;

/// <summary>OpenIddict's applications (API clients, the portal), authorisations, scopes and tokens; the people who sign in.</summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Person> People => Set<Person>();

    /// <summary>The keys of the sign-in cookie and the login form's antiforgery token, shared by every replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.AddPeople();
        modelBuilder.AddSignInThrottles();
        modelBuilder.AddRevocations();
        modelBuilder.AddOutboxAndInbox();
    }
}
