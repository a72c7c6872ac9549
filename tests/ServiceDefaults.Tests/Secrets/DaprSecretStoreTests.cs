using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CarbonPlatform.ServiceDefaults.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CarbonPlatform.ServiceDefaults.Tests.Secrets;

/// <summary>WireMock plays the Dapr sidecar's HTTP API; the builder is the one every service starts with.</summary>
public sealed class DaprSecretStoreTests : IDisposable
{
    private const string Bulk = "/v1.0/secrets/carbon/bulk";
    private readonly WireMockServer _sidecar = WireMockServer.Start();

    [Fact]
    public void Secrets_become_configuration_named_by_their_keys()
    {
        _sidecar.Given(Request.Create().WithPath(Bulk).UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody("""
                {
                  "ConnectionStrings--identity": { "ConnectionStrings--identity": "Server=db;Database=identity" },
                  "carbon-platform": { "RabbitMq__Url": "amqps://carbon:secret@mq", "Portal__ClientSecret": "s3cret" }
                }
                """));

        var configuration = Start(("ConnectionStrings:identity", "from appsettings")).Configuration;

        Assert.Equal("Server=db;Database=identity", configuration.GetConnectionString("identity"));
        Assert.Equal("amqps://carbon:secret@mq", configuration["RabbitMq:Url"]);
        Assert.Equal("s3cret", configuration["Portal:ClientSecret"]);
        Assert.Null(configuration["carbon-platform"]);
    }

    [Fact]
    public void The_api_token_goes_with_the_request()
    {
        _sidecar.Given(Request.Create().WithPath(Bulk).WithHeader("dapr-api-token", "t0ken").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{ "a": { "a": "b" } }"""));

        var configuration = Start(("DAPR_API_TOKEN", "t0ken")).Configuration;

        Assert.Equal("b", configuration["a"]);
        Assert.Equal("t0ken", Assert.Single(_sidecar.LogEntries).RequestMessage.Headers!["dapr-api-token"].Single());
    }

    [Fact]
    public void Without_a_store_no_sidecar_is_asked_and_configuration_is_unchanged()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("DAPR_HTTP_ENDPOINT", _sidecar.Url), new("ConnectionStrings:identity", "local")]);
        var sources = builder.Configuration.Sources.Count;

        builder.AddDaprSecretStore();

        Assert.Equal(sources, builder.Configuration.Sources.Count);
        Assert.Equal("local", builder.Configuration.GetConnectionString("identity"));
        Assert.Empty(_sidecar.LogEntries);
    }

    [Fact]
    public void A_failing_sidecar_fails_start_up_after_the_wait_naming_the_store()
    {
        _sidecar.Given(Request.Create().WithPath(Bulk)).RespondWith(Response.Create().WithStatusCode(500).WithBody("store not found"));
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<InvalidOperationException>(() => Start());

        // The configured wait (1 s), not the default 30 s; loose above, as a loaded CI machine is slow.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(20));
        Assert.Contains("'carbon'", error.Message);
        Assert.Contains(_sidecar.Url!, error.Message);
        Assert.Contains("500", error.Message);
        Assert.True(_sidecar.LogEntries.Count() > 1, "retried before giving up");
    }

    [Fact]
    public void A_missing_sidecar_fails_start_up_naming_the_store_and_address()
    {
        var nobody = $"http://127.0.0.1:{FreePort()}";

        var error = Assert.Throws<InvalidOperationException>(() => Start(("DAPR_HTTP_ENDPOINT", nobody)));

        Assert.Contains("'carbon'", error.Message);
        Assert.Contains(nobody, error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public void A_sidecar_that_comes_up_late_is_waited_for()
    {
        var call = Request.Create().WithPath(Bulk).UsingGet();
        _sidecar.Given(call).InScenario("start").WillSetStateTo("1").RespondWith(Response.Create().WithStatusCode(500));
        _sidecar.Given(call).InScenario("start").WhenStateIs("1").WillSetStateTo("2").RespondWith(Response.Create().WithStatusCode(503));
        _sidecar.Given(call).InScenario("start").WhenStateIs("2")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{ "Portal--ClientSecret": { "Portal--ClientSecret": "late" } }"""));

        var configuration = Start(("Dapr:SecretStoreWaitSeconds", "30")).Configuration; // generous: a loaded machine is slow, the count below is what matters

        Assert.Equal("late", configuration["Portal:ClientSecret"]);
        Assert.Equal(3, _sidecar.LogEntries.Count());
    }

    private HostApplicationBuilder Start(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var values = new Dictionary<string, string?>
        {
            ["Dapr:SecretStore"] = "carbon", ["Dapr:SecretStoreWaitSeconds"] = "1", ["DAPR_HTTP_ENDPOINT"] = _sidecar.Url,
        };
        foreach (var (key, value) in settings) values[key] = value;
        builder.Configuration.AddInMemoryCollection(values);
        builder.AddDaprSecretStore();
        return builder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _sidecar.Stop();
}
