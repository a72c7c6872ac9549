using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Approval;

/// <summary>Maker–checker: while a park requires approval, a batch counts only once someone other than its maker approves it.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class MakerCheckerTests(ActivityDataService service)
{
    [Fact]
    public async Task Without_the_setting_a_batch_is_recorded_at_once()
    {
        var park = new TestPark(service);

        var answer = await Api.OkJsonAsync(await park.RecordAsync(2024, TestPark.Electricity("e-1", 10)), HttpStatusCode.Accepted);

        Assert.Equal("recorded", answer.GetProperty("status").GetString());
        Assert.Equal(["e-1"], await park.RecordedLineIdsAsync(park.Admin, 2024));
    }

    [Fact]
    public async Task A_submitted_batch_counts_nowhere_until_approved_and_then_is_recorded_naming_its_approver()
    {
        var park = new TestPark(service);
        await park.RequireApprovalAsync();
        var batch = await park.SubmitAsync(park.DataEntry, 2024, TestPark.Electricity("e-1", 10), TestPark.Electricity("e-2", 20));

        var pending = Assert.Single((await park.SubmissionsAsync(park.Reviewer)).EnumerateArray());
        Assert.Empty(await park.RecordedLineIdsAsync(park.Admin, 2024));
        Assert.Equal(0, await EventsAsync(park));
        Assert.Empty(await RecordedBatchesAsync(park));

        var decided = await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, batch, "approve"));

        Assert.Equal((batch, 2), (pending.GetProperty("batchId").GetGuid(), pending.GetProperty("lines").GetArrayLength()));
        var lines = pending.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("tco2e").GetDouble()).ToList();
        Assert.All(lines, t => Assert.True(t > 0));
        Assert.Equal(lines.Sum(), pending.GetProperty("previewTco2e").GetDouble(), 9);
        Assert.Equal("approved", decided.GetProperty("status").GetString());
        Assert.Equal(["e-1", "e-2"], await park.RecordedLineIdsAsync(park.Admin, 2024));
        Assert.Equal(1, await EventsAsync(park));
        Assert.Equal([batch], await RecordedBatchesAsync(park));
        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().ToList();
        Assert.All(entries, e => Assert.Equal(($"operator-data-entry-{park.OperatorId:N}", $"operator-reviewer-{park.OperatorId:N}", batch),
            (e.GetProperty("recordedBy").GetString(), e.GetProperty("approvedBy").GetString(), e.GetProperty("batchId").GetGuid())));
        Assert.Empty((await park.SubmissionsAsync(park.Reviewer)).EnumerateArray());
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task A_returned_batch_never_counts_its_reason_is_in_the_ledger_and_the_chain_verifies()
    {
        var park = new TestPark(service);
        await park.RequireApprovalAsync();
        var batch = await park.SubmitAsync(park.DataEntry, 2024, TestPark.Electricity("e-1", 10));

        var noReason = await park.DecideAsync(park.Reviewer, batch, "return");
        var returned = await park.DecideAsync(park.Reviewer, batch, "return", "电量与发票不符");
        var approvedLater = await park.DecideAsync(park.Admin, batch, "approve");

        Assert.Equal(["missing-field"], await Api.ProblemCodesAsync(noReason, HttpStatusCode.BadRequest));
        Assert.Equal("returned", (await Api.OkJsonAsync(returned)).GetProperty("status").GetString());
        Assert.Equal(["already-decided"], await Api.ProblemCodesAsync(approvedLater, HttpStatusCode.Conflict));
        Assert.Empty(await park.RecordedLineIdsAsync(park.Admin, 2024));
        Assert.Equal(0, await EventsAsync(park));
        Assert.Empty((await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray());
        var kept = await service.WithDbAsync(db => db.Ledger.Where(e => e.ParkId == park.Id).OrderBy(e => e.Sequence)
            .Select(e => new { e.Kind, e.Reason, e.BatchId }).ToListAsync());
        Assert.Equal(["approval-setting", "batch-returned"], kept.Select(e => e.Kind));
        Assert.Equal(("电量与发票不符", batch), (kept[1].Reason, kept[1].BatchId));
        var returnedList = Assert.Single((await park.SubmissionsAsync(park.Admin, "returned")).EnumerateArray());
        Assert.Equal("电量与发票不符", returnedList.GetProperty("reason").GetString());
        var report = await park.VerifyAsync();
        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.Equal(2, report.GetProperty("entriesChecked").GetInt64());
    }

    [Fact]
    public async Task The_approver_is_never_the_submitter_and_only_administrators_and_reviewers_decide()
    {
        var park = new TestPark(service);
        await park.RequireApprovalAsync();
        var batch = await park.SubmitAsync(park.Admin, 2024, TestPark.Electricity("e-1", 10));

        var own = await park.DecideAsync(park.Admin, batch, "approve");
        var byViewer = await park.DecideAsync(park.Viewer, batch, "approve");
        var byDataEntry = await park.DecideAsync(park.DataEntry, batch, "approve");
        var byStranger = await park.DecideAsync(new TestPark(service).Admin, batch, "approve");

        Assert.Equal(["approver-is-submitter"], await Api.ProblemCodesAsync(own, HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDataEntry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Single((await park.SubmissionsAsync(park.Admin)).EnumerateArray());
        Assert.Empty(await park.RecordedLineIdsAsync(park.Admin, 2024));
    }

    [Fact]
    public async Task Of_two_approvals_of_one_batch_on_two_replicas_one_wins_and_the_batch_is_recorded_once()
    {
        var park = new TestPark(service);
        await park.RequireApprovalAsync();
        var batch = await park.SubmitAsync(park.DataEntry, 2024, TestPark.Electricity("e-1", 10));
        using var first = ActivityDataService.ReplicaOf(service);
        using var second = ActivityDataService.ReplicaOf(service);
        var reviewer = first.As(Callers.Operator(park.OperatorId, "operator-reviewer"));
        var admin = second.As(Callers.Operator(park.OperatorId));

        using var start = new ManualResetEventSlim();
        var decisions = new[] { reviewer, admin }.Select(client => Task.Run(async () =>
        {
            start.Wait();
            return (await park.DecideAsync(client, batch, "approve")).StatusCode;
        })).ToList();
        start.Set();
        var statuses = await Task.WhenAll(decisions);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses.Order());
        Assert.Equal(["e-1"], await park.RecordedLineIdsAsync(park.Admin, 2024));
        Assert.Equal(1, await EventsAsync(park));
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Several_batches_are_decided_in_one_call_each_on_its_own()
    {
        var park = new TestPark(service);
        await park.RequireApprovalAsync();
        var a = await park.SubmitAsync(park.DataEntry, 2024, TestPark.Electricity("a", 10));
        var b = await park.SubmitAsync(park.DataEntry, 2024, TestPark.Electricity("b", 10));
        var own = await park.SubmitAsync(park.Admin, 2024, TestPark.Electricity("c", 10));

        var outcome = await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records/approvals",
            new { batchIds = new[] { a, b, own }, decision = "approve" }));

        var items = outcome.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("batchId").GetGuid());
        Assert.Equal(("approved", "approved"), (items[a].GetProperty("status").GetString(), items[b].GetProperty("status").GetString()));
        Assert.Equal(("approver-is-submitter", 403), (items[own].GetProperty("code").GetString(), items[own].GetProperty("refusedWith").GetInt32()));
        Assert.Equal(["a", "b"], (await park.RecordedLineIdsAsync(park.Admin, 2024)).Order());
    }

    [Fact]
    public async Task An_import_while_approval_is_required_is_submitted_and_recorded_as_an_import_once_approved()
    {
        var park = new TestPark(service);
        await park.RequireApprovalAsync();

        var answer = await Api.OkJsonAsync(await park.ImportAsync("id,kind,quantity,unit\r\nimp-1,purchased-electricity,12,MWh\r\n", 2024, dryRun: false),
            HttpStatusCode.Accepted);
        var batch = answer.GetProperty("batchId").GetGuid();
        var before = await park.RecordedLineIdsAsync(park.Admin, 2024);
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, batch, "approve"));

        Assert.Equal("submitted", answer.GetProperty("status").GetString());
        Assert.Empty(before);
        var entry = Assert.Single((await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray());
        Assert.Equal(("imp-1", "import", batch), (entry.GetProperty("lineId").GetString(), entry.GetProperty("channel").GetString(), entry.GetProperty("batchId").GetGuid()));
    }

    [Fact]
    public async Task Only_the_operators_administrator_switches_approval_and_a_bad_setting_names_its_field()
    {
        var park = new TestPark(service);

        var byDataEntry = await park.DataEntry.PutAsJsonAsync($"/api/v1/parks/{park.Id}/settings", new { approvalRequired = true });
        var byReviewer = await park.Reviewer.PutAsJsonAsync($"/api/v1/parks/{park.Id}/settings", new { approvalRequired = true });
        var missing = await park.Admin.PutAsJsonAsync($"/api/v1/parks/{park.Id}/settings", new { approval = true });
        await park.RequireApprovalAsync();
        await park.RequireApprovalAsync(false);

        Assert.Equal(HttpStatusCode.Forbidden, byDataEntry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        var problem = await Api.OkJsonAsync(missing, HttpStatusCode.BadRequest);
        Assert.Equal("approvalRequired", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        var settings = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/settings"));
        Assert.False(settings.GetProperty("approvalRequired").GetBoolean());
        Assert.Equal("recorded", (await Api.OkJsonAsync(await park.RecordAsync(2024, TestPark.Electricity("e-1", 1)), HttpStatusCode.Accepted))
            .GetProperty("status").GetString());
        Assert.Equal(3, (await park.VerifyAsync()).GetProperty("entriesChecked").GetInt64()); // two settings, one line
    }

    private Task<int> EventsAsync(TestPark park) => service.WithDbAsync(db => db.Set<OutboxMessage>()
        .CountAsync(m => m.MessageType.Contains("ActivityBatchRecorded") && m.Body.Contains(park.Id.ToString())));

    private async Task<List<Guid>> RecordedBatchesAsync(TestPark park)
    {
        var client = new ActivityLedger.ActivityLedgerClient(service.GrpcChannel());
        using var call = client.ListRecordedBatches(new ListRecordedBatchesRequest { ParkId = park.Id.ToString() });
        var batches = new List<Guid>();
        await foreach (var parkYear in call.ResponseStream.ReadAllAsync()) batches.AddRange(parkYear.BatchIds.Select(Guid.Parse));
        return batches;
    }
}
