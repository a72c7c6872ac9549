using System.Reflection;
using System.Runtime.Serialization;
using CarbonPlatform.Client;
using CarbonPlatform.Client.Concurrency;
using CarbonPlatform.Client.Models;
using CarbonPlatform.Client.Paging;

namespace CarbonPlatform.Samples.CertificationBody;

/// <summary>What a reviewer's system does with the platform: read the queue, fetch the evidence, record the decision.</summary>
public sealed class Review(CarbonClient carbon)
{
    private static readonly ApplicationStatus[] Open =
        [ApplicationStatus.Submitted, ApplicationStatus.Resubmitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested];

    /// <summary>The platform answers only the applications assigned to the caller's body; the open ones are listed.</summary>
    public async Task QueueAsync(TextWriter output, CancellationToken ct = default)
    {
        var applications = CursorPages.ReadAllAsync(
            (cursor, token) => carbon.V1.CertificationApplications.GetAsync(r => r.QueryParameters.Cursor = cursor, token),
            page => page.Items, page => page.NextCursor, ct);
        await foreach (var application in applications)
            if (application.Status is { } status && Open.Contains(status))
                await output.WriteLineAsync($"{application.Id}  {status,-22} {application.ParkName} {application.Year}  {application.Scheme}  grade {application.Grade}");
    }

    /// <summary>The calculation behind the application, every line with its formula, inputs, origins and factors.</summary>
    public async Task<string> ExportLineageAsync(Guid applicationId, string folder, CancellationToken ct = default)
    {
        var application = await carbon.V1.CertificationApplications[applicationId].GetAsync(cancellationToken: ct)
            ?? throw new InvalidOperationException($"No application {applicationId}.");
        var park = application.ParkId!.Value;
        var year = application.Year!.Value;
        await using var csv = await carbon.V1.Parks[park].Inventories[year].Export.GetAsync(request =>
        {
            request.QueryParameters.Method = AccountingMethod.Cers2025;
            request.QueryParameters.Version = application.InventoryVersion;
            request.QueryParameters.Format = InventoryExportFormat.Csv;
        }, ct) ?? throw new InvalidOperationException("The export answered no content.");
        var path = Path.Combine(folder, $"lineage-{park}-{year}.csv");
        await using var file = File.Create(path);
        await csv.CopyToAsync(file, ct);
        return path;
    }

    /// <summary>
    /// A decision with its comment (the review record), on the version of the application read just before: if someone moved
    /// it meanwhile the platform answers 412 stale-version and nothing is decided. Approval answers the certificate's number.
    /// </summary>
    public async Task<string> DecideAsync(Guid applicationId, DecisionKind decision, string comment, CancellationToken ct = default)
    {
        var application = carbon.V1.CertificationApplications[applicationId];
        var read = await EntityTags.ReadAsync(c => application.GetAsync(c, ct));
        var answer = (await EntityTags.ChangeAsync(read.Tag,
            c => application.Decisions.PostAsync(new DecisionRequest { Decision = decision, Comment = comment }, c, ct))).Value;
        return $"{applicationId}: {answer.Status}{(answer.CertificateNumber is { } number ? $", certificate {number}" : "")}";
    }

    /// <summary>The decision as the command line names it (start-review, approve, …), as the contract spells it.</summary>
    public static DecisionKind Decision(string name)
    {
        foreach (var kind in Enum.GetValues<DecisionKind>())
            if (typeof(DecisionKind).GetField(kind.ToString())!.GetCustomAttribute<EnumMemberAttribute>()?.Value == name) return kind;
        throw new ArgumentException($"No decision '{name}': start-review, approve, reject or request-information.", nameof(name));
    }
}
