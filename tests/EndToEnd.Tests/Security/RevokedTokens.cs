using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// Tokens of tenant A's administrators that would open every door of its park, had their access not been taken
/// away: an API client revoked, a person disabled, a sign-in session ended. Ready once the services refuse them.
/// </summary>
public static class RevokedTokens
{
    public static async Task<Dictionary<Caller, string>> MakeAsync(PlatformFixture platform, HttpClient admin, string orgId)
    {
        var client = await admin.PostAsync($"/api/v1/organizations/{orgId}/api-clients", new { name = "revoked admin", roles = new[] { "operator-admin" } });
        var clientToken = await platform.TokenAsync(client.Str("clientId"), client.Str("clientSecret"));
        using (var revoked = await admin.DeleteAsync($"/api/v1/organizations/{orgId}/api-clients/{client.Str("clientId")}"))
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        var (disabledId, disabled) = await SignedInAdminAsync(platform, admin, orgId, "disabled");
        await admin.PostAsync($"/api/v1/organizations/{orgId}/people/{disabledId}/disable", new { }, HttpStatusCode.OK);

        using var browser = new PersonSignIn(platform);
        var (_, ended) = await SignedInAdminAsync(platform, admin, orgId, "signed-out", browser);
        await browser.SignOutAsync(ended.IdToken);

        var tokens = new Dictionary<Caller, string>
        {
            [Caller.RevokedClientToken] = clientToken,
            [Caller.DisabledPersonToken] = disabled.AccessToken,
            [Caller.EndedSessionToken] = ended.AccessToken,
        };
        foreach (var token in tokens.Values)
        {
            using var caller = browser.Bearer(token);
            await caller.EventuallyStatusAsync("/api/v1/parks", HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(30));
        }
        return tokens;
    }

    private static async Task<(string Id, PersonTokens Tokens)> SignedInAdminAsync(PlatformFixture platform, HttpClient admin, string orgId, string what,
        PersonSignIn? browser = null)
    {
        var person = await admin.PostAsync($"/api/v1/organizations/{orgId}/people",
            new { userName = $"matrix-{what}-{Guid.NewGuid():N}@park.test", displayName = "矩阵甲管理员", roles = new[] { "operator-admin", "organization-admin" } });
        using var own = browser is null ? new PersonSignIn(platform) : null;
        return (person.Str("id"), await (browser ?? own!).SignInAsync(person.Str("userName"), person.Str("password")));
    }
}
