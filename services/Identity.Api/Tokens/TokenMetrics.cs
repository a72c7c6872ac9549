using System.Diagnostics.Metrics;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CarbonPlatform.Identity.Tokens;

/// <summary>
/// Tokens issued and refused at <c>/connect/token</c>, by grant type (and for a refusal the OAuth error code): every
/// answer of the endpoint passes here, including the refusals OpenIddict makes before the endpoint (a wrong client secret).
/// </summary>
public sealed class TokenMetrics : IPlatformMetrics, IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    private static readonly string[] Grants = [GrantTypes.ClientCredentials, GrantTypes.AuthorizationCode, GrantTypes.RefreshToken];
    private static readonly HashSet<string> KnownErrors =
        [Errors.InvalidClient, Errors.InvalidGrant, Errors.InvalidRequest, Errors.InvalidScope, Errors.UnauthorizedClient, Errors.UnsupportedGrantType];
    private readonly ServiceCounter _issued;
    private readonly ServiceCounter _refused;

    public TokenMetrics(IMeterFactory meters, ServiceIdentity service)
    {
        _issued = new ServiceCounter(meters, service, "carbon.tokens.issued", "{token}", "Access tokens issued, by grant type.",
            [.. Grants.Select(g => new (string, object?)[] { ("grant_type", g) })]);
        _refused = new ServiceCounter(meters, service, "carbon.tokens.refused", "{request}", "Token requests refused, by grant type and OAuth error.",
            [.. Grants.Select(g => new (string, object?)[] { ("grant_type", g), ("error", Errors.InvalidClient) })]);
    }

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        var grant = context.Request?.GrantType is { } g && Grants.Contains(g) ? g : "other";
        if (context.Response.Error is { } error)
            _refused.Add(1, ("grant_type", grant), ("error", KnownErrors.Contains(error) ? error : "other"));
        else if (context.Response.AccessToken is not null)
            _issued.Add(1, ("grant_type", grant));
        return ValueTask.CompletedTask;
    }

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<TokenMetrics>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();
}
