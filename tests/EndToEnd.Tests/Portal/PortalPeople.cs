using System.Security.Cryptography;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

public sealed record Person(string UserName, string Password);

/// <summary>The people the browser tests sign in as: made through the identity service's API by the administrator.</summary>
public static class PortalPeople
{
    public static async Task<Person> CreateAsync(HttpClient admin, Tenant organisation, string name, string role)
    {
        var person = new Person($"{name}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}@portal.test", "pw-" + RandomNumberGenerator.GetHexString(20, lowercase: true));
        await admin.PostAsync($"/api/v1/organizations/{organisation.OrganizationId}/people",
            new { userName = person.UserName, displayName = name, roles = new[] { role }, password = person.Password });
        return person;
    }
}
