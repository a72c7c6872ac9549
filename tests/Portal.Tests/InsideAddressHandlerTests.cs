using System.Net;
using CarbonPlatform.Portal.SignIn;
using Xunit;

namespace CarbonPlatform.Portal.Tests;

public sealed class InsideAddressHandlerTests
{
    private sealed class Recorder : HttpMessageHandler
    {
        public Uri? Seen { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    private static async Task<Uri?> SendAsync(string url)
    {
        var recorder = new Recorder();
        var handler = new InsideAddressHandler(new Uri("https://carbon.example.com/"), new Uri("http://carbon-gateway:8080/")) { InnerHandler = recorder };
        using var client = new HttpClient(handler);
        await client.GetAsync(url);
        return recorder.Seen;
    }

    [Fact]
    public async Task Calls_to_the_public_issuer_go_to_the_gateways_inside_address_with_path_and_query()
    {
        Assert.Equal(new Uri("http://carbon-gateway:8080/connect/token?x=1"), await SendAsync("https://carbon.example.com/connect/token?x=1"));
    }

    [Fact]
    public async Task Other_addresses_are_left_alone()
    {
        Assert.Equal(new Uri("https://elsewhere.example.com/connect/token"), await SendAsync("https://elsewhere.example.com/connect/token"));
    }
}
