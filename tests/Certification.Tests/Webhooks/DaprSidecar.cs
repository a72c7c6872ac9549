using System.Buffers.Binary;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CarbonPlatform.Certification.Tests.Webhooks;

/// <summary>
/// WireMock playing the Dapr sidecar. Dapr.Client invokes output bindings over the sidecar's gRPC API, so this answers
/// <c>dapr.proto.runtime.v1.Dapr/InvokeBinding</c> over HTTP/2 with gRPC frames and trailers.
/// </summary>
public sealed class DaprSidecar : IDisposable
{
    public const string InvokeBinding = "/dapr.proto.runtime.v1.Dapr/InvokeBinding";

    public WireMockServer Server { get; } = WireMockServer.Start(new WireMockServerSettings { UseHttp2 = true });

    public string Url => Server.Url!;

    /// <summary>The binding answers with an error first (as bindings.http does for a non-2xx), then succeeds.</summary>
    public void FailOnceThenAccept(string error)
    {
        var call = Request.Create().WithPath(InvokeBinding).UsingPost();
        Server.Given(call).InScenario("binding").WillSetStateTo("failed once").RespondWith(Grpc([], status: 13, message: error));
        var ok = new InvokeBindingResponse { Metadata = { ["statusCode"] = "200", ["status"] = "200 OK" } };
        Server.Given(call).InScenario("binding").WhenStateIs("failed once").WillSetStateTo("accepted").RespondWith(Grpc(Frame(ok)));
    }

    public IReadOnlyList<(ILogEntry Entry, InvokeBindingRequest Request)> Calls() =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == InvokeBinding).OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => (e, InvokeBindingRequest.Parser.ParseFrom(e.RequestMessage.BodyAsBytes.AsSpan(5)))).ToList();

    private static IResponseBuilder Grpc(byte[] body, int status = 0, string? message = null)
    {
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/grpc").WithBody(body)
            .WithTrailingHeader("grpc-status", status.ToString());
        return message is null ? response : response.WithTrailingHeader("grpc-message", message);
    }

    private static byte[] Frame(IMessage message)
    {
        var payload = message.ToByteArray();
        var frame = new byte[5 + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1, 4), payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    public void Dispose() => Server.Stop();
}
