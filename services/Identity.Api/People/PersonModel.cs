using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.People;

public static class PersonModel
{
    public static ModelBuilder AddPeople(this ModelBuilder modelBuilder)
    {
        var person = modelBuilder.Entity<Person>();
        person.ToTable("People");
        person.HasKey(p => p.Id);
        person.Property(p => p.UserName).HasMaxLength(256);
        person.HasIndex(p => new { p.OrganizationId, p.UserName }).IsUnique();
        person.HasIndex(p => p.UserName);
        person.Property(p => p.DisplayName).HasMaxLength(200);
        person.Property(p => p.PasswordHash).HasMaxLength(200);
        person.Property(p => p.OrganizationKind).HasMaxLength(40);
        person.Property(p => p.RegionCode).HasMaxLength(12);
        // A primitive collection: a JSON array in a text column on SQLite and SQL Server alike.
        person.PrimitiveCollection(p => p.Roles);
        return modelBuilder;
    }
}
