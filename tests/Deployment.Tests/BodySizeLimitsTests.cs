using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Imports;
using CarbonPlatform.ActivityData.MeterReadings;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>
/// A body the ingress lets through the gateway takes, and one the gateway takes the service takes: the ingress's
/// proxy-body-size per path (the chart), the gateway's limits (its appsettings.json) and the services' own limits agree.
/// </summary>
public sealed class BodySizeLimitsTests
{
    /// <summary>What a multipart form adds around its file: boundaries, part headers, a file name.</summary>
    private const long FormEnvelope = 64 * 1024;

    private static readonly string SamplePark = Guid.NewGuid().ToString();

    public static IEnumerable<object[]> Profiles =>
        new[] { "values.yaml" }.Concat(Charts.ProfileFiles(Charts.Platform).Select(Path.GetFileName)).Select(p => new object[] { p! });

    private static JsonObject Values(string profile) =>
        profile == "values.yaml" ? Charts.DefaultValues(Charts.Platform) : Charts.ValuesWith(Charts.Platform, $"{Charts.Platform}/{profile}");

    private static JsonNode Gateway => JsonNode.Parse(Repo.Read("gateway/Gateway/appsettings.json"))!["Gateway"]!;
    private static long GatewayStandard => Gateway["MaxRequestBodyBytes"]!.GetValue<long>();
    private static long GatewayBulk => Gateway["BulkUpload"]!["MaxRequestBodyBytes"]!.GetValue<long>();
    private static string GatewayBulkSuffix => Gateway["BulkUpload"]!["PathSuffix"]!.GetValue<string>();

    /// <summary>ingress-nginx sizes: a number with k, m or g, in powers of 1024.</summary>
    private static long Bytes(string size) => long.Parse(size[..^1]) * (char.ToLowerInvariant(size[^1]) switch
    {
        'k' => 1024L, 'm' => 1024L * 1024, 'g' => 1024L * 1024 * 1024, _ => throw new FormatException($"'{size}' is not an nginx size"),
    });

    [Theory]
    [MemberData(nameof(Profiles))]
    public void The_ingress_body_sizes_are_the_gateways(string profile)
    {
        var ingress = Values(profile)["ingress"]!;

        Assert.Equal(GatewayStandard, Bytes(Charts.Str(ingress["maxBodySize"])));
        Assert.True(Charts.Bool(ingress, "bulkUpload.enabled"), "without the bulk upload ingress a year of meter readings never arrives");
        Assert.Equal(GatewayBulk, Bytes(Charts.Str(ingress["bulkUpload"]!["maxBodySize"])));
        Assert.False(ingress["annotations"]?.AsObject().ContainsKey("nginx.ingress.kubernetes.io/proxy-body-size"),
            "a proxy-body-size annotation would override the checked sizes");
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void The_bulk_ingress_takes_exactly_the_paths_the_gateway_gives_the_bulk_limit(string profile)
    {
        var paths = Values(profile)["ingress"]!["bulkUpload"]!["paths"]!.AsArray().Select(p => new Regex(Charts.Str(p))).ToList();
        var readings = $"/api/v1/parks/{SamplePark}/meter-readings";

        Assert.EndsWith(GatewayBulkSuffix, readings);
        Assert.Contains(paths, p => p.IsMatch(readings));
        foreach (var small in new[] { "evidence", "imports", "activity-records", "meter-readings/template.csv" })
            Assert.DoesNotContain(paths, p => p.IsMatch($"/api/v1/parks/{SamplePark}/{small}"));
    }

    [Fact]
    public void The_service_accepts_every_body_the_gateway_lets_through_and_no_upload_it_accepts_is_cut_short()
    {
        Assert.Equal(ImportReadings.MaxBytes, GatewayBulk);
        Assert.True(GatewayStandard >= EvidenceRules.MaxBytes + FormEnvelope, "a 10 MB evidence file in its form passes the gateway");
        Assert.True(GatewayStandard >= ImportUpload.MaxBytes + FormEnvelope, "an activity-data import file in its form passes the gateway");
    }

    [RequiresHelmTheory]
    [InlineData("values.yaml")]
    [InlineData("values-production.yaml")]
    public void Rendered_ingresses_carry_the_sizes(string profile)
    {
        var docs = HelmCharts.Documents(HelmCharts.Template("carbon-platform", profile == "values.yaml" ? [] : [$"{Charts.Platform}/{profile}"]), profile);
        var ingresses = docs.Where(d => d["kind"]?.GetValue<string>() == "Ingress")
            .ToDictionary(d => d["metadata"]!["name"]!.GetValue<string>(), d => d["metadata"]!["annotations"]!);

        Assert.Equal(GatewayStandard, Bytes(ingresses["carbon-gateway"]["nginx.ingress.kubernetes.io/proxy-body-size"]!.GetValue<string>()));
        Assert.Equal(GatewayBulk, Bytes(ingresses["carbon-gateway-bulk-upload"]["nginx.ingress.kubernetes.io/proxy-body-size"]!.GetValue<string>()));
    }
}
