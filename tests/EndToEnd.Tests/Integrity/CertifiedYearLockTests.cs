using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Integrity;

/// <summary>Item 1 of the integrity probe: what a certificate rests on cannot change behind it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CertifiedYearLockTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_certified_year_stays_locked_whatever_else_happens_until_its_issuing_body_reopens_it_which_suspends_the_certificate()
    {
        using var park = await EvaluatedPark.CreateAsync(platform);
        using var admin = await platform.AdminAsync();
        var period = $"/api/v1/parks/{park.ParkId}/periods/2024";
        var certified = await park.ApplyAsync(park.EvaluationId);
        var number = (await park.DecideAsync(certified, "approve")).Str("certificateNumber");
        await park.Operator.EventuallyAsync(period, p => p.Str("status") == "locked"
            && p.GetProperty("certification").EnumerateArray().Any(f => f.Str("fact") == "certified"));

        // Another application of the same park-year, rejected: its outcome releases its own hold, never the certificate's.
        var second = await park.ApplyAsync(await EvaluatedPark.EvaluateAsync(park.Operator, park.ParkId));
        await park.DecideAsync(second, "reject");
        await park.Operator.EventuallyAsync(period, p => p.GetProperty("certification").EnumerateArray()
            .Any(f => f.Str("applicationId") == second && f.Str("fact") == "released"));
        var held = await park.Operator.GetJsonAsync(period);
        Assert.Equal("locked", held.Str("status"));
        Assert.Equal([certified], held.GetProperty("heldByApplications").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("period-locked", (await park.CorrectGridAsync(1, HttpStatusCode.Conflict)).GetProperty("errors")[0].Str("code"));
        // Nor does the operator's own period move, a decision on the decided application, or anyone but the issuing body reopen it.
        await park.Operator.PostAsync($"{period}/submission", new { }, HttpStatusCode.Conflict);
        await park.DecideAsync(certified, "reject", HttpStatusCode.Conflict);
        var reopening = $"/api/v1/certificates/{number}/reopening";
        await park.Operator.PostAsync(reopening, new { reason = "we want to fix 2024" }, HttpStatusCode.Forbidden);
        await park.OtherBody.PostAsync(reopening, new { reason = "not mine" }, HttpStatusCode.Forbidden);
        await admin.PostAsync(reopening, new { reason = "platform" }, HttpStatusCode.Forbidden);
        Assert.Equal("locked", (await park.Operator.GetJsonAsync(period)).Str("status"));

        // The issuing body reopens, with a reason: the certificate is suspended until a new review; the year takes corrections.
        await park.Body.PostAsync(reopening, new { reason = "" }, HttpStatusCode.BadRequest);
        var reopened = await park.Body.PostAsync(reopening, new { reason = "Grid invoices were re-issued." }, HttpStatusCode.OK);
        Assert.Equal("suspended", reopened.Str("status"));
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        var verified = await anonymous.GetJsonAsync($"/api/v1/certificates/{number}");
        Assert.Equal("suspended", verified.Str("status"));
        Assert.Contains("Grid invoices were re-issued.", verified.Str("statusReason"));
        var open = await park.Operator.EventuallyAsync(period, p => p.Str("status") != "locked");
        Assert.Contains(open.GetProperty("certification").EnumerateArray(),
            f => f.Str("fact") == "reopened" && f.Str("reason").Contains("Grid invoices were re-issued."));
        await park.CorrectGridAsync(2100, HttpStatusCode.Created);
        var reinstate = await park.Body.PostAsync($"/api/v1/certificates/{number}/status-changes",
            new { action = "reinstate", reason = "looks fine" }, HttpStatusCode.Conflict);
        Assert.Equal("year-reopened", reinstate.GetProperty("errors")[0].Str("code"));
        await park.Body.PostAsync(reopening, new { reason = "again" }, HttpStatusCode.Conflict);
        var lifecycle = await park.Operator.EventuallyAsync($"/api/v1/parks/{park.ParkId}/lifecycle", l => l.Str("stage") == "surveillance");
        Assert.Contains(lifecycle.GetProperty("history").EnumerateArray(), h => h.Str("reason").Contains("reopened for corrections"));
        // The evaluation stays held: it is the suspended certificate's record.
        var evaluation = await park.Operator.GetJsonAsync($"/api/v1/parks/{park.ParkId}/evaluations/{park.EvaluationId}");
        Assert.Equal(certified, evaluation.Str("lockedByApplicationId"));
    }
}
