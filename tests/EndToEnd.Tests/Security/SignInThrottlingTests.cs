using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// Item 7 of the outside probe: wrong passwords slow whoever types them, by user name from their address and by
/// address, with delays that grow; nobody can lock a person out, and a name tells nothing about other organisations.
/// Each caller connects from a loopback address of its own, so the gateway forwards a different client address.
/// </summary>
[Collection(SecurityPlatformCollection.Name)]
public sealed class SignInThrottlingTests(SecurityPlatformFixture security)
{
    private PlatformFixture Platform => security.Platform;

    [Fact]
    public async Task Wrong_passwords_slow_the_name_from_that_address_with_growing_delays_while_the_person_signs_in_from_elsewhere()
    {
        using var admin = await Platform.AdminAsync();
        var (userName, password) = await PersonAsync(admin, await OrganizationAsync(admin), $"target-{Guid.NewGuid():N}@park.test");
        using var attacker = new PersonSignIn(Platform);
        using var person = new PersonSignIn(Platform);

        var first = await WrongThreeTimesThenRightAsync(attacker, userName, password);
        using (var elsewhere = await person.PostLoginAsync(userName, password)) Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);

        await Task.Delay(first + TimeSpan.FromMilliseconds(200));
        (await attacker.PostLoginAsync(userName, "still-guessing")).Dispose();
        using var later = await attacker.PostLoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.TooManyRequests, later.StatusCode);
        Assert.Equal(2 * first, later.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task A_name_nobody_has_is_slowed_exactly_like_a_persons_name()
    {
        using var admin = await Platform.AdminAsync();
        var (userName, password) = await PersonAsync(admin, await OrganizationAsync(admin), $"known-{Guid.NewGuid():N}@park.test");
        using var one = new PersonSignIn(Platform);
        using var other = new PersonSignIn(Platform);

        var known = await WrongThreeTimesThenRightAsync(one, userName, password);
        var unknown = await WrongThreeTimesThenRightAsync(other, $"nobody-{Guid.NewGuid():N}@park.test", password);

        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task An_address_trying_many_names_waits_too()
    {
        using var sprayer = new PersonSignIn(Platform);
        for (var name = 1; name <= 20; name++)
        {
            using var wrong = await sprayer.PostLoginAsync($"spray-{name}-{Guid.NewGuid():N}@park.test", "Summer2026!!");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var next = await sprayer.PostLoginAsync($"spray-21-{Guid.NewGuid():N}@park.test", "Summer2026!!");

        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Fact]
    public async Task A_user_name_of_another_organisation_is_answered_as_if_it_were_free_and_each_person_signs_in_to_their_own()
    {
        using var admin = await Platform.AdminAsync();
        var userName = $"li.na-{Guid.NewGuid():N}@park.test";
        var first = await Tenants.CreateAsync(admin, "park-operator", $"First {Guid.NewGuid():N}");
        var second = await Tenants.CreateAsync(admin, "park-operator", $"Second {Guid.NewGuid():N}");
        using var firstAdmin = await Platform.ClientAsync(first.ClientId, first.ClientSecret);
        using var secondAdmin = await Platform.ClientAsync(second.ClientId, second.ClientSecret);

        var (_, firstPassword) = await PersonAsync(firstAdmin, first.OrganizationId, userName);
        var (_, secondPassword) = await PersonAsync(secondAdmin, second.OrganizationId, userName.ToUpperInvariant());
        using var twin = await secondAdmin.PostAsJsonAsync($"/api/v1/organizations/{second.OrganizationId}/people",
            new { userName, displayName = "李娜", roles = new[] { "operator-viewer" } });

        Assert.Equal(HttpStatusCode.Conflict, twin.StatusCode); // within one organisation the name is still unique
        using var firstBrowser = new PersonSignIn(Platform);
        using var secondBrowser = new PersonSignIn(Platform);
        Assert.Equal(first.OrganizationId, OrganizationOf((await firstBrowser.SignInAsync(userName, firstPassword)).AccessToken));
        Assert.Equal(second.OrganizationId, OrganizationOf((await secondBrowser.SignInAsync(userName, secondPassword)).AccessToken));
    }

    /// <summary>Three wrong passwords, then the right one: refused (429) for the wait it announces.</summary>
    private static async Task<TimeSpan> WrongThreeTimesThenRightAsync(PersonSignIn browser, string userName, string password)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var wrong = await browser.PostLoginAsync(userName, $"wrong-password-{attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("id=\"sign-in-error\"", await wrong.Content.ReadAsStringAsync());
        }
        using var right = await browser.PostLoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("carbon.identity=", StringComparison.Ordinal));
        return right.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("no Retry-After");
    }

    private static async Task<string> OrganizationAsync(HttpClient admin) =>
        (await admin.PostAsync("/api/v1/organizations", new { name = $"Throttling {Guid.NewGuid():N}", kind = "park-operator" })).Str("id");

    private static async Task<(string UserName, string Password)> PersonAsync(HttpClient admin, string orgId, string userName)
    {
        var created = await admin.PostAsync($"/api/v1/organizations/{orgId}/people",
            new { userName, displayName = "李娜", roles = new[] { "operator-viewer" } });
        return (created.Str("userName"), created.Str("password"));
    }

    private static string OrganizationOf(string accessToken)
    {
        var payload = accessToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=')));
        return JsonDocument.Parse(json).RootElement.Str("org_id");
    }
}
