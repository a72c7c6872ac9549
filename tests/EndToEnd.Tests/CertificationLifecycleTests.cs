using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>The standard's creation process through the gateway: application, review by the assigned body, certificate, afterlife.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CertificationLifecycleTests(PlatformFixture platform)
{
    private sealed record Setup(HttpClient Operator, HttpClient Body, HttpClient OtherBody, Tenant BodyTenant, string ParkId, string ParkName,
        string EvaluationId) : IDisposable
    {
        public void Dispose()
        {
            Operator.Dispose();
            Body.Dispose();
            OtherBody.Dispose();
        }
    }

    private async Task<Setup> EvaluatedParkAsync()
    {
        using var admin = await platform.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", "常州园区管委会 " + suffix, "320400");
        var bodyTenant = await Tenants.CreateAsync(admin, "certification-body", "评价机构甲 " + suffix);
        var otherTenant = await Tenants.CreateAsync(admin, "certification-body", "评价机构乙 " + suffix);
        var op = await platform.ClientAsync(operatorTenant.ClientId, operatorTenant.ClientSecret);
        var parkName = "常州零碳园 " + suffix;
        var parkId = await Tenants.ParkAsync(op, operatorTenant, parkName, "320412");
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
        {
            year = 2024,
            lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 2000, unit = "MWh" },
                new { id = "ccer", kind = "offset", quantity = 5000, unit = "tCO2e", instrument = "CCER", serial = "CCER-LIFE-" + Guid.NewGuid().ToString("N") },
            },
        }, HttpStatusCode.Accepted);
        await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025", i => i.Str("status") == "current");
        var evaluation = await op.PostAsync($"/api/v1/parks/{parkId}/evaluations", new
        {
            year = 2024, scheme = "cers-2025-provisional",
            management = new Dictionary<string, object> { ["P1"] = true, ["P2"] = 1.0, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L5"] = true },
        });
        await op.EventuallyAsync($"/api/v1/parks/{parkId}", p => p.Str("stage") == "self-evaluated");
        return new Setup(op, await platform.ClientAsync(bodyTenant.ClientId, bodyTenant.ClientSecret),
            await platform.ClientAsync(otherTenant.ClientId, otherTenant.ClientSecret), bodyTenant, parkId, parkName, evaluation.Str("id"));
    }

    [Fact]
    public async Task A_park_is_applied_reviewed_certified_published_surveilled_and_revoked()
    {
        using var s = await EvaluatedParkAsync();
        var inventory = $"/api/v1/parks/{s.ParkId}/inventories/2024?method=cers-2025";
        // Before any application no certification body reads the park's data.
        await s.Body.GetJsonAsync(inventory, HttpStatusCode.NotFound);
        // The operator cannot skip the platform's moves.
        var skip = await s.Operator.PostAsync($"/api/v1/parks/{s.ParkId}/lifecycle/moves", new { to = "applied", reason = "we applied" }, HttpStatusCode.Conflict);
        Assert.Contains("made by the platform", skip.GetProperty("errors")[0].Str("message"));

        var application = (await s.Operator.PostAsync("/api/v1/certification-applications",
            new { parkId = s.ParkId, evaluationId = s.EvaluationId, certificationBodyId = s.BodyTenant.OrganizationId })).Str("id");
        var decisions = $"/api/v1/certification-applications/{application}/decisions";
        // Submission locks the year and the evaluation.
        await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}/periods/2024", p => p.Str("status") == "locked");
        var refused = await s.Operator.PostAsync($"/api/v1/parks/{s.ParkId}/activity-records",
            new { year = 2024, lines = new object[] { new { id = "late", kind = "purchased-electricity", quantity = 10, unit = "MWh" } } }, HttpStatusCode.Conflict);
        Assert.Equal("period-locked", refused.GetProperty("errors")[0].Str("code"));
        await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}/evaluations/{s.EvaluationId}", e => e.Str("lockedByApplicationId") == application);
        await s.Operator.PostAsync($"/api/v1/parks/{s.ParkId}/evaluations/{s.EvaluationId}/re-evaluations", new { }, HttpStatusCode.Conflict);

        // Another body sees neither the application nor the park's data.
        await s.OtherBody.PostAsync(decisions, new { decision = "approve", comment = "not mine" }, HttpStatusCode.NotFound);
        await s.OtherBody.GetJsonAsync(inventory, HttpStatusCode.NotFound);
        Assert.DoesNotContain((await s.OtherBody.GetJsonAsync("/api/v1/certification-applications")).GetProperty("items").EnumerateArray(), a => a.Str("id") == application);

        // The assigned body reads inventory, ledger and its verification, and exports the calculation.
        await s.Body.EventuallyAsync(inventory, i => i.Str("status") == "current");
        Assert.True((await s.Body.GetJsonAsync($"/api/v1/parks/{s.ParkId}/ledger/verification")).GetProperty("intact").GetBoolean());
        using (var csv = await s.Body.GetAsync($"/api/v1/parks/{s.ParkId}/inventories/2024/export?method=cers-2025"))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            var text = await csv.Content.ReadAsStringAsync();
            Assert.Contains("grid,purchased-electricity,2,", text);
            Assert.Contains("cn-2025.1", text);
        }
        using (var xlsx = await s.Body.GetAsync($"/api/v1/parks/{s.ParkId}/inventories/2024/export?method=cers-2025&format=xlsx"))
        {
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
            Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        }
        // The operator does not decide on its own application.
        await s.Operator.PostAsync(decisions, new { decision = "approve", comment = "self" }, HttpStatusCode.Forbidden);

        Assert.Equal("under-review", (await s.Body.PostAsync(decisions, new { decision = "start-review", comment = "Taken up." }, HttpStatusCode.OK)).Str("status"));
        await s.Body.PostAsync(decisions, new { decision = "start-review", comment = "again" }, HttpStatusCode.Conflict);
        await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}", p => p.Str("stage") == "under-review");
        await s.Body.PostAsync(decisions, new { decision = "request-information", comment = "发票缺失 / invoices missing" }, HttpStatusCode.OK);
        await s.Body.PostAsync(decisions, new { decision = "approve", comment = "too early" }, HttpStatusCode.Conflict);
        await s.Operator.PostAsync($"/api/v1/certification-applications/{application}/resubmissions", new { comment = "Invoices uploaded." }, HttpStatusCode.OK);
        var approved = await s.Body.PostAsync(decisions, new { decision = "approve", comment = "Checked." }, HttpStatusCode.OK);
        var number = approved.Str("certificateNumber");
        var trail = await s.Operator.GetJsonAsync($"/api/v1/certification-applications/{application}");
        Assert.Equal(["start-review", "request-information", "resubmit", "approve"], trail.GetProperty("decisions").EnumerateArray().Select(d => d.Str("decision")));

        // The certificate and the evaluation report as PDF: their text names the park, the grade and the number.
        using var anonymousPdf = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        var certificatePdf = PdfText.Read(await anonymousPdf.GetByteArrayAsync($"/api/v1/certificates/{number}/document"));
        var grade = trail.Str("grade");
        foreach (var expected in new[] { s.ParkName, number, grade, $"/api/v1/certificates/{number}" })
            Assert.Contains(PdfText.Squeeze(expected), certificatePdf);
        using (var report = await s.Operator.GetAsync($"/api/v1/evaluation-reports/{s.EvaluationId}"))
        {
            Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
            var text = PdfText.Read(await report.Content.ReadAsByteArrayAsync());
            foreach (var expected in new[] { s.ParkName, number, "cers-2025-provisional", "R12" }) Assert.Contains(PdfText.Squeeze(expected), text);
        }
        await s.OtherBody.GetJsonAsync($"/api/v1/evaluation-reports/{s.EvaluationId}", HttpStatusCode.NotFound);

        // Certified: the body's reading access ends with its review; the public register lists the park in its region only.
        await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}", p => p.Str("stage") == "certified");
        await s.Body.EventuallyStatusAsync(inventory, HttpStatusCode.NotFound);
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        Assert.Contains((await anonymous.GetJsonAsync("/api/v1/certificates?regionCode=320000&text=" + number)).GetProperty("items").EnumerateArray(), c => c.Str("number") == number);
        Assert.DoesNotContain((await anonymous.GetJsonAsync("/api/v1/certificates?regionCode=330000")).GetProperty("items").EnumerateArray(), c => c.Str("number") == number);

        // Results published by the operator; surveillance by the certifying body, not by the operator.
        await s.Operator.PostAsync($"/api/v1/parks/{s.ParkId}/lifecycle/moves", new { to = "published", reason = "公示" }, HttpStatusCode.OK);
        await s.Operator.PostAsync($"/api/v1/parks/{s.ParkId}/lifecycle/moves", new { to = "surveillance", reason = "self" }, HttpStatusCode.Conflict);
        await s.Body.PostAsync($"/api/v1/parks/{s.ParkId}/lifecycle/moves", new { to = "surveillance", reason = "2025 annual surveillance" }, HttpStatusCode.OK);
        await s.OtherBody.PostAsync($"/api/v1/parks/{s.ParkId}/lifecycle/moves", new { to = "published", reason = "not mine" }, HttpStatusCode.NotFound);

        // Only the issuing body suspends, reinstates and revokes; verification follows; revocation sends the park back to building.
        var status = $"/api/v1/certificates/{number}/status-changes";
        await s.OtherBody.PostAsync(status, new { action = "suspend", reason = "not mine" }, HttpStatusCode.Forbidden);
        await s.Body.PostAsync(status, new { action = "reinstate", reason = "nothing to reinstate" }, HttpStatusCode.Conflict);
        await s.Body.PostAsync(status, new { action = "suspend", reason = "Surveillance found gaps." }, HttpStatusCode.OK);
        var suspended = await anonymous.GetJsonAsync($"/api/v1/certificates/{number}");
        Assert.Equal(("suspended", "Surveillance found gaps."), (suspended.Str("status"), suspended.Str("statusReason")));
        await s.Body.PostAsync(status, new { action = "reinstate", reason = "Gaps closed." }, HttpStatusCode.OK);
        Assert.Equal("valid", (await anonymous.GetJsonAsync($"/api/v1/certificates/{number}")).Str("status"));
        await s.Body.PostAsync(status, new { action = "revoke", reason = "Offsets double counted." }, HttpStatusCode.OK);
        Assert.Equal("revoked", (await anonymous.GetJsonAsync($"/api/v1/certificates/{number}")).Str("status"));
        await s.Body.PostAsync(status, new { action = "reinstate", reason = "undo" }, HttpStatusCode.Conflict);
        var lifecycle = await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}/lifecycle", l => l.Str("stage") == "building");
        Assert.Equal(["self-evaluated", "applied", "under-review", "certified", "published", "surveillance", "building"],
            lifecycle.GetProperty("history").EnumerateArray().Select(h => h.Str("to")));
    }

    [Fact]
    public async Task A_rejection_releases_the_year_and_the_evaluation_and_the_park_may_build_again()
    {
        using var s = await EvaluatedParkAsync();
        var application = (await s.Operator.PostAsync("/api/v1/certification-applications",
            new { parkId = s.ParkId, evaluationId = s.EvaluationId, certificationBodyId = s.BodyTenant.OrganizationId })).Str("id");
        await s.Operator.PostAsync("/api/v1/certification-applications",
            new { parkId = s.ParkId, evaluationId = s.EvaluationId, certificationBodyId = s.BodyTenant.OrganizationId }, HttpStatusCode.Conflict);
        await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}/periods/2024", p => p.Str("status") == "locked");
        await s.Body.PostAsync($"/api/v1/certification-applications/{application}/decisions",
            new { decision = "reject", comment = "Boundary does not match the registered one." }, HttpStatusCode.OK);
        await s.Body.PostAsync($"/api/v1/certification-applications/{application}/decisions",
            new { decision = "approve", comment = "changed my mind" }, HttpStatusCode.Conflict);

        await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}/periods/2024", p => p.Str("status") == "open");
        await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}/evaluations/{s.EvaluationId}",
            e => e.TryGetProperty("lockedByApplicationId", out var held) && held.ValueKind == System.Text.Json.JsonValueKind.Null);
        await s.Operator.EventuallyAsync($"/api/v1/parks/{s.ParkId}", p => p.Str("stage") == "rejected");
        await s.Operator.PostAsync($"/api/v1/parks/{s.ParkId}/activity-records",
            new { year = 2024, lines = new object[] { new { id = "fix", kind = "purchased-electricity", quantity = 10, unit = "MWh" } } }, HttpStatusCode.Accepted);
        var allowed = await s.Operator.GetJsonAsync($"/api/v1/parks/{s.ParkId}/lifecycle");
        Assert.Equal(["building"], allowed.GetProperty("allowedMoves").EnumerateArray().Select(m => m.GetString()));
        await s.Operator.PostAsync($"/api/v1/parks/{s.ParkId}/lifecycle/moves", new { to = "building", reason = "重新建设" }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_assigned_body_s_system_is_told_of_the_application_and_the_park_s_moves_by_signed_webhooks()
    {
        using var s = await EvaluatedParkAsync();
        using var receiver = platform.StartWebhookReceiver();
        receiver.Given(WireMock.RequestBuilders.Request.Create().WithPath("/carbon-hooks").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204));
        var subscription = await s.Body.PostAsync("/api/v1/webhook-subscriptions", new { url = receiver.Url + "/carbon-hooks" });
        var secret = subscription.Str("secret");

        var application = (await s.Operator.PostAsync("/api/v1/certification-applications",
            new { parkId = s.ParkId, evaluationId = s.EvaluationId, certificationBodyId = s.BodyTenant.OrganizationId })).Str("id");
        var deliveries = await s.Body.EventuallyAsync("/api/v1/webhook-deliveries", d =>
            d.GetProperty("items").EnumerateArray().Any(x => x.Str("eventType") == "application.submitted" && x.Str("status") == "delivered")
            && d.GetProperty("items").EnumerateArray().Any(x => x.Str("eventType") == "park.lifecycle-changed" && x.Str("status") == "delivered"));
        Assert.Empty((await s.OtherBody.GetJsonAsync("/api/v1/webhook-deliveries")).GetProperty("items").EnumerateArray());

        var received = receiver.LogEntries.Select(e => e.RequestMessage).ToList();
        var submitted = Assert.Single(received, r => r.Headers!["X-Carbon-Event"].Single() == "application.submitted");
        Assert.Contains(application, submitted.Body);
        // The documented scheme, recomputed here: HMAC-SHA256(secret, "<t>.<raw body>").
        foreach (var request in received)
        {
            var header = request.Headers!["X-Carbon-Signature"].Single();
            var t = header.Split(',')[0][2..];
            var mac = System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret),
                System.Text.Encoding.UTF8.GetBytes($"{t}.{request.Body}"));
            Assert.Equal($"t={t},v1={Convert.ToHexStringLower(mac)}", header);
        }
        Assert.Contains(received, r => r.Body!.Contains("\"to\":\"applied\""));
        Assert.Equal(received.Count, deliveries.GetProperty("items").EnumerateArray().Count(d => d.Str("status") == "delivered"));
    }
}
