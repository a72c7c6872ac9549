using CarbonPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.Data;

/// <summary>OpenIddict's applications (API clients), authorisations, scopes and tokens.</summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.AddOutboxAndInbox();
    }
}
