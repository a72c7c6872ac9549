using System.Security.Cryptography;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

/// <summary>
/// Two provinces for the browser: a Suzhou operator with two parks, Jiangsu's and Zhejiang's authorities, a Hangzhou
/// park of another operator and a certification body; a person of each role.
/// </summary>
public sealed class PortalWorld(PlatformFixture platform) : IAsyncLifetime
{
    public Browser Browser { get; } = new();
    public string PortalUrl => platform.Gateway.BaseAddress!.ToString().TrimEnd('/');
    public string Suffix { get; } = RandomNumberGenerator.GetHexString(6, lowercase: true);
    public Tenant Operator { get; private set; } = null!;
    public Tenant Body { get; private set; } = null!;
    public string FlowPark { get; private set; } = "";
    public string ImportPark { get; private set; } = "";
    public string HangzhouPark { get; private set; } = "";
    public string FlowParkName => $"苏州浏览器示范园 {Suffix}";
    public string ImportParkName => $"苏州导入测试园 {Suffix}";
    public string HangzhouParkName => $"杭州浏览器园 {Suffix}";
    public Person OperatorAdmin { get; private set; } = null!;
    public Person OperatorViewer { get; private set; } = null!;
    public Person JiangsuAuthority { get; private set; } = null!;
    public Person ZhejiangAuthority { get; private set; } = null!;
    public Person Reviewer { get; private set; } = null!;
    public PlatformFixture Platform => platform;

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        using var admin = await platform.AdminAsync();
        Operator = await Tenants.CreateAsync(admin, "park-operator", $"苏州运营方 {Suffix}", "320500");
        var hangzhouOperator = await Tenants.CreateAsync(admin, "park-operator", $"杭州运营方 {Suffix}", "330100");
        var jiangsu = await Tenants.CreateAsync(admin, "regional-authority", $"江苏主管 {Suffix}", "320000");
        var zhejiang = await Tenants.CreateAsync(admin, "regional-authority", $"浙江主管 {Suffix}", "330000");
        Body = await Tenants.CreateAsync(admin, "certification-body", $"认证机构 {Suffix}");
        FlowPark = await Tenants.ParkAsync(admin, Operator, FlowParkName, "320571");
        ImportPark = await Tenants.ParkAsync(admin, Operator, ImportParkName, "320585");
        HangzhouPark = await Tenants.ParkAsync(admin, hangzhouOperator, HangzhouParkName, "330106");
        OperatorAdmin = await PortalPeople.CreateAsync(admin, Operator, "park-admin", "operator-admin");
        OperatorViewer = await PortalPeople.CreateAsync(admin, Operator, "park-viewer", "operator-viewer");
        JiangsuAuthority = await PortalPeople.CreateAsync(admin, jiangsu, "jiangsu", "authority-viewer");
        ZhejiangAuthority = await PortalPeople.CreateAsync(admin, zhejiang, "zhejiang", "authority-viewer");
        Reviewer = await PortalPeople.CreateAsync(admin, Body, "reviewer", "certification-reviewer");
    }

    public Task DisposeAsync() => Browser.DisposeAsync();

    /// <summary>A year of a park's data, as the import template's English headers name the columns.</summary>
    public string GoodCsv(string serial) => string.Join("\r\n",
        "id,kind,quantity,unit,fuel,instrument,serial,source,category,sinkType,month",
        "boiler-gas,fuel-combustion,120.5,10^4Nm3,natural-gas,,,,,,",
        "grid-power,purchased-electricity,5000,MWh,,,,,,,",
        "rooftop-pv,onsite-generation,800,MWh,,,,non-fossil,,,",
        "logistics,scope3,300,tCO2e,,,,,4,,",
        "park-green,carbon-sink,150,tCO2,,,,,,green-space,",
        $"ccer-offset,offset,3000,tCO2e,,CCER,{serial},,,,", "");

    public static string BadCsv => string.Join("\r\n",
        "id,kind,quantity,unit,fuel,instrument,serial,source,category,sinkType,month",
        "grid-power,purchased-electricity,5000,MWh,,,,,,,",
        "boiler-gas,fuel-combustion,lots,10^4Nm3,natural-gas,,,,,,",
        "rooftop-pv,onsite-generation,800,MWh,,,,non-fossil,,,", "");
}
