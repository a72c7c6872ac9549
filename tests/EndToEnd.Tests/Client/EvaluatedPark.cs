using System.Net;
using System.Text;
using CarbonPlatform.Client;
using CarbonPlatform.Client.Concurrency;
using CarbonPlatform.Client.Idempotency;
using CarbonPlatform.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Client;

/// <summary>
/// An operator's park with a year of data (an evidence file behind its grid line) and a stored evaluation, ready to apply,
/// and two certification bodies: the operator's side of the flow, through the typed client as an operator's system runs it.
/// Only the organisations are made by the platform's administrator, with the suite's plain HTTP helpers.
/// </summary>
public sealed record EvaluatedPark(CarbonClient Operator, Tenant Body, Tenant OtherBody, Guid ParkId, string ParkName, Guid EvaluationId)
{
    public static async Task<EvaluatedPark> CreateAsync(PlatformFixture platform)
    {
        using var admin = await platform.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", "无锡园区管委会 " + suffix, "320200");
        var body = await Tenants.CreateAsync(admin, "certification-body", "评价机构丙 " + suffix);
        var otherBody = await Tenants.CreateAsync(admin, "certification-body", "评价机构丁 " + suffix);
        var op = platform.Connect(operatorTenant);
        var parkName = "无锡零碳园 " + suffix;
        var parkId = (await op.V1.Parks.PostAsync(new RegisterParkRequest
        {
            Name = parkName, RegionCode = "320214", OperatorOrganizationId = Guid.Parse(operatorTenant.OrganizationId),
        }))!.Id!.Value;
        var park = op.V1.Parks[parkId];

        // The invoice behind the grid line, uploaded as a form; the platform answers its SHA-256.
        var invoice = Encoding.UTF8.GetBytes("国网江苏 2024 电费发票 / grid invoice 2024: 2000 MWh");
        var form = new MultipartBody();
        form.AddOrReplacePart("file", "text/plain", new MemoryStream(invoice), "grid-invoice-2024.txt");
        var evidence = await park.Evidence.PostAsync(form);
        Assert.Equal(("grid-invoice-2024.txt", "text/plain", (long)invoice.Length), (evidence!.FileName, evidence.ContentType, evidence.Size));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(invoice)), evidence.Sha256);

        await park.ActivityRecords.PostAsync(new ActivityBatchRequest
        {
            Year = 2024,
            Lines =
            [
                new ActivityBatchRequest_lines { Id = "grid", Kind = ActivityBatchRequest_lines_kind.PurchasedElectricity, Quantity = 2000, Unit = "MWh", EvidenceId = evidence.Id.ToString() },
                new ActivityBatchRequest_lines { Id = "ccer", Kind = ActivityBatchRequest_lines_kind.Offset, Quantity = 5000, Unit = "tCO2e", Instrument = "CCER", Serial = "CCER-CLIENT-" + Guid.NewGuid().ToString("N") },
            ],
        }, IdempotencyKey.Use<DefaultQueryParameters>(IdempotencyKey.New()));
        await ImportLastYearAsync(park);
        await Eventually.ValueAsync(async () =>
        {
            var inventory = await park.Inventories[2024].GetAsync(r => r.QueryParameters.Method = AccountingMethod.Cers2025);
            return inventory?.Status == InventoryStatus.Current ? inventory : null;
        }, notYet: HttpStatusCode.NotFound);

        var management = new EvaluationRequest_management();
        foreach (var (item, value) in new (string, object)[] { ("P1", true), ("P2", 1.0), ("P4", true), ("P5", true), ("L1", 1.0), ("L2", 6), ("L5", true) })
            management.AdditionalData[item] = value;
        var evaluation = await park.Evaluations.PostAsync(new EvaluationRequest { Year = 2024, Scheme = "cers-2025-provisional", Management = management });
        await Eventually.ValueAsync(async () => (await park.GetAsync())?.Stage == ParkStage.SelfEvaluated ? "ready" : null);
        return new EvaluatedPark(op, body, otherBody, parkId, parkName, evaluation!.Id!.Value);
    }

    /// <summary>
    /// The year before from a CSV file: a dry run answers 200 with what it read, the commit 202 with the batch; both typed.
    /// Another year than the one applied for, so that it moves nothing of the application.
    /// </summary>
    private static async Task ImportLastYearAsync(CarbonPlatform.Client.Api.V1.Parks.Item.WithParkItemRequestBuilder park)
    {
        var csv = Encoding.UTF8.GetBytes("id,kind,quantity,unit\ngrid-2023,purchased-electricity,1800,MWh\n");
        var dryRun = await park.Imports.PostAsync(CarbonPlatform.Client.Uploads.FileForm.Of(new MemoryStream(csv), "text/csv", "2023.csv"), r => r.QueryParameters.Year = 2023);
        Assert.Equal((true, true, 1, (Guid?)null), (dryRun!.DryRun, dryRun.Valid, dryRun.Rows, dryRun.BatchId));
        var committed = await park.Imports.PostAsync(CarbonPlatform.Client.Uploads.FileForm.Of(new MemoryStream(csv), "text/csv", "2023.csv"), r =>
        {
            r.QueryParameters.Year = 2023;
            r.QueryParameters.DryRun = false;
            r.WithIdempotencyKey(IdempotencyKey.New());
        });
        Assert.NotNull(committed!.BatchId);
        Assert.Equal((1, (bool?)null), (committed.Lines, committed.DryRun));
    }

    /// <summary>The operator applies to <see cref="Body"/>; the application's id.</summary>
    public async Task<Guid> ApplyAsync() => (await Operator.V1.CertificationApplications.PostAsync(new SubmitApplicationRequest
    {
        ParkId = ParkId, EvaluationId = EvaluationId, CertificationBodyId = Guid.Parse(Body.OrganizationId),
    }))!.Id!.Value;

    /// <summary>The operator answers the body's request for information, on the version of the application it read.</summary>
    public async Task<ApplicationStatus?> ResubmitAsync(Guid applicationId, string comment)
    {
        var application = Operator.V1.CertificationApplications[applicationId];
        var read = await EntityTags.ReadAsync(c => application.GetAsync(c));
        Assert.Equal(ApplicationStatus.InformationRequested, read.Value.Status);
        var resubmitted = await EntityTags.ChangeAsync(read.Tag, c => application.Resubmissions.PostAsync(new ResubmissionRequest { Comment = comment }, c));
        Assert.NotEqual(read.Tag, resubmitted.Tag);
        return resubmitted.Value.Status;
    }
}
