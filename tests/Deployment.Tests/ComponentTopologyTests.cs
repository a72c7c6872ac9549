using System.Text.Json.Nodes;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>The platform chart's component entries against the code: PlatformTopology, Program.cs, appsettings.</summary>
public sealed class ComponentTopologyTests
{
    private static readonly JsonObject Values = Charts.DefaultValues(Charts.Platform);

    [Fact]
    public void There_is_one_component_entry_per_deployable_and_no_other()
    {
        Assert.Equal(Topology.All.Select(s => s.Name).Order(StringComparer.Ordinal),
            Charts.Components(Values).Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Topology.Names), MemberType = typeof(Topology))]
    public void Component_names_its_assembly_configuration_name_role_and_image(string name)
    {
        var spec = Topology.Spec(name);
        var c = Charts.Component(name);
        Assert.True(Charts.Bool(c, "enabled"));
        Assert.Equal(spec.AssemblyName, Charts.Str(c["assembly"]));
        Assert.Equal(spec.ConfigName, Charts.Str(c["configName"]));
        Assert.Equal(name == "gateway" ? "gateway" : "service", Charts.Str(c["role"]));
        Assert.Equal($"carbon-{name}", Charts.Str(c["image"]!["repository"]));
        Assert.Equal(name == "identity", c.ContainsKey("identityKeys"));
        Assert.Equal(name == "certification", c.ContainsKey("webhookSecretKey"));
    }

    [Theory]
    [MemberData(nameof(Topology.Names), MemberType = typeof(Topology))]
    public void Ports_HTTP_always_and_gRPC_exactly_for_the_deployables_that_serve_it(string name)
    {
        var spec = Topology.Spec(name);
        var c = Charts.Component(name);
        var http = Charts.Int(c, "ports.http");
        var grpc = Charts.Int(c, "ports.grpc");
        Assert.NotNull(http);
        Assert.Equal(spec.ServesGrpc, grpc is not null);
        Assert.Equal(spec.ServesGrpc, Topology.MapsGrpcServices(spec));
        Assert.NotEqual(http, grpc);
    }

    [Theory]
    [MemberData(nameof(Topology.Names), MemberType = typeof(Topology))]
    public void Database_and_broker_settings_follow_what_Program_cs_wires(string name)
    {
        var spec = Topology.Spec(name);
        var c = Charts.Component(name);
        var database = Topology.DatabaseName(spec);
        Assert.Equal(database is not null, Charts.Bool(c, "database.enabled"));
        // The connection string's name is the service's name, which is the component's name (ConnectionStrings__<name>).
        if (database is not null) Assert.Equal(name, database);
        var messaging = Topology.MessagingName(spec);
        Assert.Equal(messaging is not null, Charts.Bool(c, "messaging.enabled"));
        if (messaging is not null) Assert.Equal(name, messaging);
        // A migration Job only where there is a database to migrate.
        Assert.True(!Charts.Bool(c, "migrations.enabled") || Charts.Bool(c, "database.enabled"));
    }

    [Fact]
    public void Every_service_address_the_code_reads_is_one_the_chart_sets()
    {
        var components = Charts.Components(Values).Select(p => (JsonObject)p.Value!).Where(c => Charts.Str(c["role"]) == "service").ToList();
        foreach (var (configName, kind) in Topology.ServiceAddressesReadByCode())
        {
            var target = components.SingleOrDefault(c => Charts.Str(c["configName"]) == configName);
            Assert.True(target is not null, $"the code reads Services:{configName}:{kind} but no service component has configName {configName}");
            if (kind == "Grpc") Assert.True(Charts.Int(target, "ports.grpc") is not null, $"Services:{configName}:Grpc is read but {configName} has no gRPC port");
        }
    }

    [Fact]
    public void The_gateways_clusters_are_exactly_the_service_components()
    {
        var appsettings = JsonNode.Parse(Repo.Read("gateway/Gateway/appsettings.json"))!;
        var clusters = appsettings["ReverseProxy"]!["Clusters"]!.AsObject().Select(c => c.Key).Order(StringComparer.Ordinal);
        var services = Charts.Components(Values).Where(c => Charts.Str(c.Value!["role"]) == "service").Select(c => c.Key).Order(StringComparer.Ordinal);
        Assert.Equal(services, clusters);
        foreach (var cluster in appsettings["ReverseProxy"]!["Clusters"]!.AsObject())
            Assert.NotNull(cluster.Value!["Destinations"]!["primary"]); // the chart overrides Destinations:primary:Address
    }

    [Fact]
    public void Only_identity_opens_its_HTTP_port_to_the_platform_because_services_read_its_key_set()
    {
        foreach (var (name, c) in Charts.Components(Values))
            Assert.Equal(name == "identity", Charts.Bool(c, "networkPolicy.httpFromPlatform"));
        Assert.Contains("/.well-known/jwks", Repo.Read("launcher/Carbon.Launcher/ServiceEnvironment.cs"));
        Assert.Contains("/.well-known/jwks", Repo.Read($"{Charts.Library}/templates/_helpers.tpl"));
    }

    [Fact]
    public void Extra_HTTP_peers_are_components_and_the_gateway_lets_the_portal_in()
    {
        var names = Charts.Components(Values).Select(c => c.Key).ToHashSet();
        foreach (var (name, c) in Charts.Components(Values))
            foreach (var peer in c!["networkPolicy"]!["httpFromComponents"]!.AsArray().Select(p => p!.GetValue<string>()))
                Assert.True(names.Contains(peer), $"components.{name}.networkPolicy.httpFromComponents names {peer}, which is no component");
        // The portal calls the API through the gateway's inside address (Portal:Gateway), so the gateway's policy must admit it.
        Assert.Contains("Portal:Gateway", Repo.Read("services/Portal/Platform/PlatformApi.cs"));
        Assert.Contains("portal", Charts.Component("gateway")["networkPolicy"]!["httpFromComponents"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public void The_launchers_settings_are_all_set_by_the_chart()
    {
        // Every key ServiceEnvironment gives a process locally, the chart gives it in the cluster (or the image does).
        var launcher = Repo.Read("launcher/Carbon.Launcher/ServiceEnvironment.cs");
        var chart = Repo.Read($"{Charts.Library}/templates/_env.tpl");
        foreach (var key in new[]
        {
            "ASPNETCORE_ENVIRONMENT", "Kestrel__Endpoints__Http__Url", "Kestrel__Endpoints__Grpc__Url", "Kestrel__Endpoints__Grpc__Protocols",
            "Database__DataFolder", "Messaging__RabbitMq", "Auth__Issuer", "Auth__JwksUri", "Identity__Issuer", "Logging__LogLevel__Default",
            "Identity__Portal__ClientSecret", "Identity__Portal__RedirectUris", "Identity__Portal__PostLogoutRedirectUris",
            "Portal__Issuer", "Portal__Gateway", "Portal__ClientSecret", "Portal__DraftFolder",
            "Auth__ServiceClient__Id", "Auth__ServiceClient__Secret", "Identity__ServiceClients__",
        })
        {
            Assert.Contains(key, launcher);
            Assert.Contains(key, chart);
        }
        foreach (var prefix in new[] { "Services__{", "ReverseProxy__Clusters__{" }) Assert.Contains(prefix, launcher);
        foreach (var format in new[] { "Services__%s__Http", "Services__%s__Grpc", "ReverseProxy__Clusters__%s__Destinations__primary__Address", "ConnectionStrings__%s" })
            Assert.Contains(format, chart);
    }
}
