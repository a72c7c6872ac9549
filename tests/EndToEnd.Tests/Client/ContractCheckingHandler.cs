using CarbonPlatform.EndToEnd.Tests.Contract;

namespace CarbonPlatform.EndToEnd.Tests.Client;

/// <summary>
/// The transport under the generated client in the end-to-end suite: every answer it receives is checked against the
/// checked-in contract (<see cref="ContractSchemas"/>), as the suite's own calls are.
/// </summary>
public sealed class ContractCheckingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var json = mediaType is "application/json" or "application/problem+json";
        // Buffered, so that the client still reads the body after the check.
        if (json) await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = json ? await response.Content.ReadAsStringAsync(cancellationToken) : "";
        ContractSchemas.Check(request.Method, request.RequestUri!.PathAndQuery, (int)response.StatusCode, mediaType, body);
        return response;
    }
}
