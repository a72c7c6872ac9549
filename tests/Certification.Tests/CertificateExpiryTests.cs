using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Tests.Support;

namespace CarbonPlatform.Certification.Tests;

/// <summary>A certificate expires by the date alone: verification, the register and its issuer all see it.</summary>
public sealed class CertificateExpiryTests(WebhookHost host) : IClassFixture<WebhookHost>
{
    private async Task<(string Number, Guid Body)> IssuedAsync(DateOnly validFrom)
    {
        var number = $"CNCP-{validFrom.Year}-{Random.Shared.Next(100_000, 999_999)}";
        var body = Guid.NewGuid();
        await host.WithDbAsync(async db =>
        {
            db.Certificates.Add(new Certificate
            {
                Number = number, ApplicationId = Guid.NewGuid(), EvaluationId = Guid.NewGuid(), CertificationBodyId = body, ParkId = Guid.NewGuid(),
                ParkName = "无锡零碳园", ParkRegionCode = "320200", Grade = "AA", Scheme = "cers-2025-provisional", SchemeVersion = 1,
                SchemeStatus = "provisional", FactorRelease = "cn-2025.1", InventoryVersion = 1, Year = validFrom.Year - 1,
                ValidFrom = validFrom, ValidTo = validFrom.AddYears(3).AddDays(-1), IssuedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return (number, body);
    }

    [Fact]
    public async Task An_expired_certificate_shows_expired_to_everyone_and_changes_no_more()
    {
        var (number, body) = await IssuedAsync(new DateOnly(2026, 3, 1));
        var anonymous = host.Service.CreateClient();
        host.Service.Clock.MoveTo(new DateTimeOffset(2029, 2, 28, 12, 0, 0, TimeSpan.Zero)); // the last valid day
        Assert.Equal("valid", (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{number}")).GetProperty("status").GetString());

        host.Service.Clock.MoveTo(new DateTimeOffset(2029, 3, 1, 0, 0, 1, TimeSpan.Zero));
        Assert.Equal("expired", (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{number}")).GetProperty("status").GetString());
        var valid = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/certificates?regionCode=320000");
        Assert.DoesNotContain(valid.GetProperty("items").EnumerateArray(), c => c.GetProperty("number").GetString() == number);
        var expired = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/certificates?regionCode=320000&status=expired");
        Assert.Contains(expired.GetProperty("items").EnumerateArray(), c => c.GetProperty("number").GetString() == number);

        using var suspend = await host.As(CertificationCallers.Body(body)).PostAsJsonAsync($"/api/v1/certificates/{number}/status-changes",
            new { action = "suspend", reason = "too late" });
        Assert.Equal(HttpStatusCode.Conflict, suspend.StatusCode);
        Assert.Contains("expired", await suspend.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_issuing_body_changes_a_certificate_s_status()
    {
        var (number, _) = await IssuedAsync(DateOnly.FromDateTime(DateTime.UtcNow));
        using var other = await host.As(CertificationCallers.Body(Guid.NewGuid())).PostAsJsonAsync($"/api/v1/certificates/{number}/status-changes",
            new { action = "revoke", reason = "not mine" });
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        using var anonymous = await host.Service.CreateClient().PostAsJsonAsync($"/api/v1/certificates/{number}/status-changes",
            new { action = "revoke", reason = "anyone" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
