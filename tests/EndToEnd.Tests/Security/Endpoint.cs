using System.Net;

namespace CarbonPlatform.EndToEnd.Tests.Security;

public enum BodyKind { None, Json, Csv, Multipart, Form }

/// <summary>
/// One v1 endpoint as the matrix sees it: method, path template, a valid body where one is needed, and what each
/// hostile caller must get. Placeholders such as {park} are filled from <see cref="SecurityWorld"/>.
/// </summary>
public sealed record Endpoint(string Service, string Method, string Path, BodyKind BodyKind = BodyKind.None, string? Body = null)
{
    /// <summary>Answers without any token (certificate verification, the register, token endpoint, keys).</summary>
    public bool IsPublic { get; init; }

    /// <summary>The status each caller class must get; the classes without a trusted token are added for every non-public endpoint.</summary>
    public IReadOnlyDictionary<Caller, HttpStatusCode> Outcomes { get; init; } = new Dictionary<Caller, HttpStatusCode>();

    public IEnumerable<(Caller Caller, HttpStatusCode Expected)> Cases =>
        IsPublic
            ? []
            : Callers.WithoutTrustedToken.Select(c => (c, HttpStatusCode.Unauthorized)).Concat(Outcomes.Select(o => (o.Key, o.Value)));

    public Endpoint Answering(IEnumerable<Caller> callers, HttpStatusCode status)
    {
        var outcomes = new Dictionary<Caller, HttpStatusCode>(Outcomes);
        foreach (var caller in callers) outcomes[caller] = status;
        return this with { Outcomes = outcomes };
    }

    public Endpoint Answering(Caller caller, HttpStatusCode status) => Answering([caller], status);

    public override string ToString() => $"{Method} {Path}";
}
