using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Tests.Support;

namespace CarbonPlatform.Certification.Tests;

/// <summary>The public register in pages (#18): filtered and paged in the database, every certificate once, in the register's order.</summary>
public sealed class PublicRegisterPagingTests(WebhookHost host) : IClassFixture<WebhookHost>
{
    /// <summary>A county of its own per test, so other tests' certificates stay out of the way.</summary>
    private readonly string _county = "65" + Random.Shared.Next(1000, 9999);

    private Task IssueAsync(IEnumerable<(string Park, CertificateState State)> certificates) => host.WithDbAsync(db =>
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (park, state) in certificates)
            db.Certificates.Add(new Certificate
            {
                Number = $"CNCP-2026-{Random.Shared.Next(100_000, 999_999)}{Random.Shared.Next(10, 99)}", ApplicationId = Guid.NewGuid(),
                EvaluationId = Guid.NewGuid(), CertificationBodyId = Guid.NewGuid(), ParkId = Guid.NewGuid(), ParkName = park, ParkRegionCode = _county,
                Grade = "A", Scheme = "cers-2025-provisional", SchemeVersion = 1, SchemeStatus = "provisional", FactorRelease = "cn-2025.1",
                InventoryVersion = 1, Year = 2025, ValidFrom = today, ValidTo = today.AddYears(3), State = state, IssuedAt = DateTime.UtcNow,
            });
        return db.SaveChangesAsync();
    });

    private async Task<(List<string> Numbers, List<string> Parks, int Pages)> ReadAllAsync(string query, int limit)
    {
        var anonymous = host.Service.CreateClient();
        var (numbers, parks, pages) = (new List<string>(), new List<string>(), 0);
        string? cursor = null;
        do
        {
            var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/certificates?regionCode={_county}&{query}&limit={limit}"
                + (cursor is null ? "" : $"&cursor={cursor}"));
            foreach (var c in page.GetProperty("items").EnumerateArray())
                numbers.Add(c.GetProperty("number").GetString()!);
            parks.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("parkName").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null && pages < 20);
        return (numbers, parks, pages);
    }

    [Fact]
    public async Task Paging_through_the_register_reads_each_valid_certificate_once_in_park_order()
    {
        await IssueAsync([("乙园", CertificateState.Valid), ("甲园", CertificateState.Valid), ("甲园", CertificateState.Valid), ("丙园", CertificateState.Revoked),
            ("丁园", CertificateState.Valid), ("乙园", CertificateState.Suspended), ("戊园", CertificateState.Valid), ("己园", CertificateState.Valid)]);

        var (numbers, parks, pages) = await ReadAllAsync("status=valid", limit: 2);

        Assert.Equal(6, numbers.Count);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(parks.Order(StringComparer.Ordinal), parks);
        Assert.Equal(3, pages);
        Assert.Single((await ReadAllAsync("status=revoked", limit: 10)).Numbers);
        Assert.Equal(2, (await ReadAllAsync("status=all&text=乙", limit: 10)).Numbers.Count);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("status=lost", "status")]
    [InlineData("regionCode=32", "regionCode")]
    public async Task A_bad_register_query_is_refused_naming_the_field(string query, string field)
    {
        using var response = await host.Service.CreateClient().GetAsync("/api/v1/certificates?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"field\":\"{field}\"", await response.Content.ReadAsStringAsync());
    }
}
