using System.Xml.Linq;
using Xunit;

namespace CarbonPlatform.Architecture.Tests;

public class ReferenceRulesTests
{
    private static readonly string[] ServerOnlyPackages = ["MassTransit", "Microsoft.EntityFrameworkCore", "Npgsql"];

    [Theory]
    [InlineData("Gateway")]
    [InlineData("Portal")]
    public void The_gateway_and_the_portal_carry_no_bus_and_no_database(string project)
    {
        var carried = ProjectGraph.Packages(project)
            .Where(p => ServerOnlyPackages.Any(s => p.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(carried);
    }

    [Fact]
    public void Service_defaults_reference_no_building_block_and_no_service()
    {
        // The shared domain library is allowed: refusals and input errors are its words, ServiceDefaults maps them to
        // problem details. It carries no package (The_shared_domain_library_stands_on_dotnet_alone).
        Assert.DoesNotContain(ProjectGraph.Closure("ServiceDefaults"), p => p != "CarbonPlatform.Contracts" && p != "Carbon.Domain");
    }

    [Fact]
    public void Building_blocks_reference_service_defaults_the_domain_library_contracts_and_each_other_only()
    {
        foreach (var block in ProjectGraph.Projects.Keys.Where(p => p.StartsWith("BuildingBlocks.", StringComparison.Ordinal) && !p.EndsWith(".Tests", StringComparison.Ordinal)))
            Assert.All(ProjectGraph.Closure(block), r =>
                Assert.True(r == "ServiceDefaults" || r == "Carbon.Domain" || r.StartsWith("CarbonPlatform.", StringComparison.Ordinal) || r.StartsWith("BuildingBlocks.", StringComparison.Ordinal),
                    $"{block} reaches {r}"));
    }

    [Theory]
    [InlineData("Accounting.Engine")]
    [InlineData("Evaluation.Engine")]
    [InlineData("Pathways.Engine")]
    [InlineData("Carbon.Domain")]
    public void The_engines_are_pure_domain_code(string engine)
    {
        Assert.DoesNotContain(ProjectGraph.Closure(engine), r => r == "ServiceDefaults" || r.StartsWith("BuildingBlocks.", StringComparison.Ordinal) || r.EndsWith(".Api", StringComparison.Ordinal));
        Assert.DoesNotContain(ProjectGraph.Packages(engine), p => ServerOnlyPackages.Any(s => p.StartsWith(s, StringComparison.OrdinalIgnoreCase)) || p.StartsWith("Grpc", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shared_domain_library_stands_on_dotnet_alone()
    {
        // No project of ours, no package, no framework beyond the base one (no ASP.NET): factors, resolution and
        // activity lines mean the same in every service that reads them.
        Assert.Empty(ProjectGraph.References("Carbon.Domain"));
        Assert.Empty(ProjectGraph.Packages("Carbon.Domain"));
        Assert.Empty(XDocument.Load(ProjectGraph.Projects["Carbon.Domain"]).Descendants("FrameworkReference"));
    }

    [Theory]
    [InlineData("EmissionFactors.Api")]
    [InlineData("EmissionFactors.Client")]
    public void The_factor_catalogue_needs_the_domain_library_not_the_accounting_engine(string project)
    {
        Assert.Contains("Carbon.Domain", ProjectGraph.Closure(project));
        Assert.DoesNotContain("Accounting.Engine", ProjectGraph.Closure(project));
    }

    [Fact]
    public void No_service_references_another_service()
    {
        foreach (var service in ProjectGraph.Projects.Keys.Where(p => p.EndsWith(".Api", StringComparison.Ordinal) || p == "Portal" || p == "Gateway"))
            Assert.DoesNotContain(ProjectGraph.Closure(service), r => r.EndsWith(".Api", StringComparison.Ordinal) || r == "Portal" || r == "Gateway");
    }

    [Fact]
    public void Every_service_has_a_test_project_of_its_name_referencing_it()
    {
        foreach (var service in ProjectGraph.Projects.Keys.Where(p => p.EndsWith(".Api", StringComparison.Ordinal)))
        {
            var tests = service[..^".Api".Length] + ".Tests";
            Assert.True(ProjectGraph.Projects.ContainsKey(tests), $"{service} has no tests/{tests}");
            Assert.Contains(service, ProjectGraph.References(tests));
        }
    }

    [Fact]
    public void The_shared_test_helpers_reach_no_service()
    {
        Assert.DoesNotContain(ProjectGraph.Closure("Testing.Support"), r => r.EndsWith(".Api", StringComparison.Ordinal) || r == "Portal" || r == "Gateway");
    }

    [Fact]
    public void The_client_package_carries_no_platform_project()
    {
        // Certification bodies and park systems install it from a registry: it stands on the contract alone.
        Assert.Empty(ProjectGraph.References("CarbonPlatform.Client"));
        Assert.All(ProjectGraph.Packages("CarbonPlatform.Client"), p => Assert.DoesNotContain(ServerOnlyPackages, s => p.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
    }
}
