using System.Net;
using System.Text;
using CarbonPlatform.Client.Idempotency;
using CarbonPlatform.Client.Uploads;
using CarbonPlatform.Client.Tests.Support;
using WireMock.RequestBuilders;

namespace CarbonPlatform.Client.Tests.Uploads;

/// <summary>
/// An import goes up as a form (the file in its field file) and answers 200 with the dry run or 202 with the recorded batch:
/// the generated client, which reads one type per operation, reads both (the contract declares one schema with the fields
/// of both for the two codes).
/// </summary>
public sealed class ImportAnswersTests : IDisposable
{
    private static readonly Guid ParkId = Guid.Parse("5f0c2b1e-8d4a-4c3b-9e2f-1a2b3c4d5e6f");
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("id,kind,quantity,unit\ngrid,purchased-electricity,5000,MWh\n");
    private readonly FakePlatform _platform = new FakePlatform().IssuesTokens(900, "token-1");

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task A_dry_run_answer_is_read_with_its_problems_by_row_and_column()
    {
        _platform.Server.Given(Request.Create().WithPath($"/api/v1/parks/{ParkId}/imports").UsingPost()).RespondWith(FakePlatform.Json(HttpStatusCode.OK,
            """{"dryRun":true,"year":2025,"rows":1,"encoding":"utf-8","valid":false,"problems":[{"row":1,"column":"unit","line":"grid","code":"unknown-unit","message":"MWh?"}]}"""));
        using var carbon = _platform.Client();

        var outcome = await carbon.V1.Parks[ParkId].Imports.PostAsync(FileForm.Of(new MemoryStream(Csv), "text/csv", "lines.csv"), r => r.QueryParameters.Year = 2025);

        Assert.Equal((true, false, 1, (Guid?)null), (outcome!.DryRun, outcome.Valid, outcome.Rows, outcome.BatchId));
        var problem = Assert.Single(outcome.Problems!);
        Assert.Equal((1, "unit", "unknown-unit"), (problem.Row, problem.Column, problem.Code));
    }

    [Fact]
    public async Task A_committed_import_answer_is_read_with_its_batch()
    {
        var path = $"/api/v1/parks/{ParkId}/imports";
        _platform.Server.Given(Request.Create().WithPath(path).UsingPost().WithParam("dryRun", "false"))
            .RespondWith(FakePlatform.Json(HttpStatusCode.Accepted, """{"batchId":"0b6f6c1e-0000-4000-8000-000000000002","lines":1}"""));
        using var carbon = _platform.Client();
        var key = IdempotencyKey.New();

        var outcome = await carbon.V1.Parks[ParkId].Imports.PostAsync(FileForm.Of(new MemoryStream(Csv), "text/csv", "lines.csv"), r =>
        {
            r.QueryParameters.Year = 2025;
            r.QueryParameters.DryRun = false;
            r.WithIdempotencyKey(key);
        });

        Assert.Equal((Guid.Parse("0b6f6c1e-0000-4000-8000-000000000002"), 1, (bool?)null), (outcome!.BatchId, outcome.Lines, outcome.DryRun));
        var sent = Assert.Single(_platform.Requests(path)).RequestMessage;
        Assert.Equal(key, sent.Headers![IdempotencyKey.Header].Single());
        Assert.StartsWith("multipart/form-data", sent.Headers!["Content-Type"].Single());
        var form = Encoding.UTF8.GetString(sent.BodyAsBytes ?? Encoding.UTF8.GetBytes(sent.Body ?? ""));
        Assert.Contains("Content-Disposition: form-data; name=\"file\"; filename=\"lines.csv\"", form);
        Assert.Contains("Content-Type: text/csv", form);
        Assert.Contains("grid,purchased-electricity,5000,MWh", form);
    }

    [Fact]
    public async Task Meter_readings_answer_their_dry_run_and_their_batch_in_one_type()
    {
        var path = $"/api/v1/parks/{ParkId}/meter-readings";
        _platform.Server.Given(Request.Create().WithPath(path).UsingPost().WithParam("dryRun", "true"))
            .RespondWith(FakePlatform.Json(HttpStatusCode.OK, """{"dryRun":true,"year":2025,"rows":3000000,"monthlyLines":24,"valid":true,"problemCount":0,"problems":[]}"""));
        _platform.Server.Given(Request.Create().WithPath(path).UsingPost().WithParam("dryRun", "false"))
            .RespondWith(FakePlatform.Json(HttpStatusCode.Accepted, """{"batchId":"0b6f6c1e-0000-4000-8000-000000000003","rows":3000000,"monthlyLines":24}"""));
        using var carbon = _platform.Client();
        var readings = carbon.V1.Parks[ParkId].MeterReadings;

        var dryRun = await readings.PostAsync(FileForm.Of(new MemoryStream(Csv), "text/csv", "readings.csv"), r => { r.QueryParameters.Year = 2025; r.QueryParameters.DryRun = true; });
        var committed = await readings.PostAsync(FileForm.Of(new MemoryStream(Csv), "text/csv", "readings.csv"), r => { r.QueryParameters.Year = 2025; r.QueryParameters.DryRun = false; });

        Assert.Equal((true, true, 3_000_000L, 24, (Guid?)null), (dryRun!.DryRun, dryRun.Valid, dryRun.Rows, dryRun.MonthlyLines, dryRun.BatchId));
        Assert.Equal((Guid.Parse("0b6f6c1e-0000-4000-8000-000000000003"), 3_000_000L, 24), (committed!.BatchId, committed.Rows, committed.MonthlyLines));
    }
}
