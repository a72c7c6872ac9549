using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.ServiceDefaults.Auth;

/// <summary>
/// The gateway (its only user) validates a bearer token once and remembers the answer until the token expires: a client sends the same
/// token for up to 15 minutes, and checking its RS256 signature, issuer and audience again on every request was most of
/// what the gateway added to a small GET. Only valid tokens are remembered, keyed by the whole token, never past their
/// <c>exp</c> (no clock skew on a remembered answer); an invalid, expired or unknown one is validated in full as before.
/// The services behind validate every token themselves (and check revocations), so a remembered answer only decides the
/// gateway's own work: which client a rate limit counts, whether to forward at all.
/// </summary>
public sealed class ValidatedTokens(TokenHandler inner, TimeProvider time, int capacity = ValidatedTokens.DefaultCapacity) : TokenHandler
{
    public const int DefaultCapacity = 10_000;
    private readonly ConcurrentDictionary<string, Remembered> _valid = new(StringComparer.Ordinal);

    private sealed record Remembered(ClaimsIdentity Identity, SecurityToken Token, DateTimeOffset Until);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out var known))
        {
            if (time.GetUtcNow() < known.Until)
                return new TokenValidationResult { IsValid = true, ClaimsIdentity = known.Identity.Clone(), SecurityToken = known.Token };
            _valid.TryRemove(token, out _);
        }
        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result is { IsValid: true, ClaimsIdentity: { } identity, SecurityToken: { } validated } && validated.ValidTo > DateTime.MinValue)
        {
            // Bounded: when full, forget everything at once (clients simply get validated again) rather than track ages.
            if (_valid.Count >= capacity) _valid.Clear();
            _valid[token] = new Remembered(identity.Clone(), validated, new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc)));
        }
        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public int Count => _valid.Count;
}

public static class ValidatedTokensExtensions
{
    /// <summary>Puts <see cref="ValidatedTokens"/> in front of the bearer scheme's token handlers.</summary>
    public static IHostApplicationBuilder RememberValidatedTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var handlers = o.TokenHandlers.ToList();
            o.TokenHandlers.Clear();
            foreach (var handler in handlers) o.TokenHandlers.Add(handler as ValidatedTokens ?? new ValidatedTokens(handler, TimeProvider.System));
        });
        return builder;
    }
}
