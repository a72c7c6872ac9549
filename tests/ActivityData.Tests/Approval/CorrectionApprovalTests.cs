using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Approval;

/// <summary>While a park requires approval, a correction changes a line only once someone other than its maker approves it.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class CorrectionApprovalTests(ActivityDataService service)
{
    [Fact]
    public async Task A_submitted_correction_leaves_the_line_as_it_was_until_approved_and_then_supersedes_it_naming_its_approver()
    {
        var park = new TestPark(service);
        await Api.OkJsonAsync(await park.RecordAsync(2024, TestPark.Electricity("e-1", 100)), HttpStatusCode.Accepted);
        await park.RequireApprovalAsync();

        var answer = await Api.OkJsonAsync(await park.CorrectAsync("e-1", 2024, "按发票更正", TestPark.Electricity("e-1", 110)), HttpStatusCode.Accepted);
        var submission = answer.GetProperty("batchId").GetGuid();
        var before = await QuantityAsync(park);
        var pending = Assert.Single((await park.SubmissionsAsync(park.Reviewer)).EnumerateArray());
        var events = await CorrectionEventsAsync(park);
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, submission, "approve"));

        Assert.Equal("submitted", answer.GetProperty("status").GetString());
        Assert.Equal((100, 0), (before, events));
        Assert.Equal(("correction", "e-1", "按发票更正"), (pending.GetProperty("kind").GetString(), pending.GetProperty("corrects").GetString(),
            pending.GetProperty("correctionReason").GetString()));
        Assert.Equal(110, Assert.Single(pending.GetProperty("lines").EnumerateArray()).GetProperty("quantity").GetDouble());
        Assert.True(pending.GetProperty("previewTco2e").GetDouble() > 0);
        Assert.Equal(110, await QuantityAsync(park));
        Assert.Equal(1, await CorrectionEventsAsync(park));
        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().ToList();
        var correction = entries.Single(e => e.TryGetProperty("supersedes", out var s) && s.ValueKind == JsonValueKind.Number);
        Assert.Equal(($"operator-admin-{park.OperatorId:N}", $"operator-reviewer-{park.OperatorId:N}", submission, "按发票更正"),
            (correction.GetProperty("recordedBy").GetString(), correction.GetProperty("approvedBy").GetString(),
                correction.GetProperty("batchId").GetGuid(), correction.GetProperty("reason").GetString()));
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task A_returned_correction_never_changes_the_line_and_its_maker_cannot_approve_it()
    {
        var park = new TestPark(service);
        await Api.OkJsonAsync(await park.RecordAsync(2024, TestPark.Electricity("e-1", 100)), HttpStatusCode.Accepted);
        await park.RequireApprovalAsync();
        var submission = (await Api.OkJsonAsync(await park.CorrectAsync("e-1", 2024, "按发票更正", TestPark.Electricity("e-1", 110)),
            HttpStatusCode.Accepted)).GetProperty("batchId").GetGuid();

        var byMaker = await park.DecideAsync(park.Admin, submission, "approve");
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, submission, "return", "发票金额不一致"));

        Assert.Equal(["approver-is-submitter"], await Api.ProblemCodesAsync(byMaker, HttpStatusCode.Forbidden));
        Assert.Equal(100, await QuantityAsync(park));
        Assert.Equal(0, await CorrectionEventsAsync(park));
        var kinds = await service.WithDbAsync(db => db.Ledger.Where(e => e.ParkId == park.Id).OrderBy(e => e.Sequence).Select(e => e.Kind).ToListAsync());
        Assert.Equal([null, "approval-setting", "batch-returned"], kinds);
        Assert.Equal("发票金额不一致", Assert.Single((await park.SubmissionsAsync(park.Admin, "returned")).EnumerateArray()).GetProperty("reason").GetString());
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task A_correction_of_a_line_that_is_not_recorded_is_refused_when_submitted()
    {
        var park = new TestPark(service);
        await park.RequireApprovalAsync();

        var codes = await Api.ProblemCodesAsync(await park.CorrectAsync("nothing", 2024, "按发票更正", TestPark.Electricity("nothing", 1)),
            HttpStatusCode.NotFound);

        Assert.Equal(["line-not-found"], codes);
        Assert.Empty((await park.SubmissionsAsync(park.Admin)).EnumerateArray());
    }

    [Fact]
    public async Task The_issues_queue_path_lists_the_submitted_and_the_returned_batches()
    {
        var park = new TestPark(service);
        await park.RequireApprovalAsync();
        var kept = await park.SubmitAsync(park.DataEntry, 2024, TestPark.Electricity("a", 10));
        var sent = await park.SubmitAsync(park.DataEntry, 2024, TestPark.Electricity("b", 10));
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, sent, "return", "缺少发票"));

        var submitted = await Api.OkJsonAsync(await park.Reviewer.GetAsync($"/api/v1/parks/{park.Id}/activity-records?status=submitted"));
        var returned = await Api.OkJsonAsync(await park.Reviewer.GetAsync($"/api/v1/parks/{park.Id}/activity-records?status=returned&year=2024"));
        var badStatus = await park.Reviewer.GetAsync($"/api/v1/parks/{park.Id}/activity-records?status=pending");
        var noYear = await park.Reviewer.GetAsync($"/api/v1/parks/{park.Id}/activity-records");

        Assert.Empty(submitted.GetProperty("items").EnumerateArray());
        Assert.Equal([kept], submitted.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("batchId").GetGuid()));
        Assert.Equal([sent], returned.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("batchId").GetGuid()));
        Assert.Equal(["invalid-status"], await Api.ProblemCodesAsync(badStatus, HttpStatusCode.BadRequest));
        Assert.Equal(["missing-field"], await Api.ProblemCodesAsync(noYear, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.NotFound, (await new TestPark(service).Admin.GetAsync($"/api/v1/parks/{park.Id}/activity-records?status=submitted")).StatusCode);
    }

    private Task<double> QuantityAsync(TestPark park) =>
        service.WithDbAsync(db => db.Records.Where(r => r.ParkId == park.Id && r.LineId == "e-1").Select(r => r.Quantity).SingleAsync());

    private Task<int> CorrectionEventsAsync(TestPark park) => service.WithDbAsync(db => db.Set<CarbonPlatform.BuildingBlocks.Messaging.OutboxMessage>()
        .CountAsync(m => m.MessageType.Contains("LedgerEntryCorrected") && m.Body.Contains(park.Id.ToString())));
}
