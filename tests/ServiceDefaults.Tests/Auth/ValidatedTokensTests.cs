using System.Security.Claims;
using System.Security.Cryptography;
using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CarbonPlatform.ServiceDefaults.Tests.Auth;

/// <summary>The gateway's memory of tokens it validated: only valid ones, never past their expiry.</summary>
public sealed class ValidatedTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "k1" };
    private readonly CountingHandler _inner = new();
    private readonly ManualTime _time = new() { Now = Now };

    private TokenValidationParameters Parameters => new()
    {
        ValidIssuer = "http://issuer/", ValidAudience = "carbon-gateway", IssuerSigningKey = _key, ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        LifetimeValidator = (notBefore, expires, _, _) => expires > _time.GetUtcNow().UtcDateTime,
    };

    private string Token(SecurityKey key, int minutes = 15) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "http://issuer/", Audience = "carbon-gateway", Subject = new ClaimsIdentity([new Claim("sub", "client-1")]),
        IssuedAt = Now.UtcDateTime, NotBefore = Now.UtcDateTime, Expires = Now.AddMinutes(minutes).UtcDateTime,
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    [Fact]
    public async Task A_valid_token_is_validated_once_and_answered_from_memory_until_it_expires()
    {
        var tokens = new ValidatedTokens(_inner, _time);
        var token = Token(_key);
        var first = await tokens.ValidateTokenAsync(token, Parameters);
        var second = await tokens.ValidateTokenAsync(token, Parameters);
        Assert.True(first.IsValid && second.IsValid);
        Assert.Equal("client-1", second.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal(1, _inner.Calls);

        _time.Now = Now.AddMinutes(15);
        var expired = await tokens.ValidateTokenAsync(token, Parameters);
        Assert.False(expired.IsValid);
        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public async Task A_token_that_fails_validation_is_validated_in_full_every_time()
    {
        var tokens = new ValidatedTokens(_inner, _time);
        var forged = Token(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "k1" });
        Assert.False((await tokens.ValidateTokenAsync(forged, Parameters)).IsValid);
        Assert.False((await tokens.ValidateTokenAsync(forged, Parameters)).IsValid);
        Assert.Equal(2, _inner.Calls);
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public async Task Memory_is_bounded()
    {
        var tokens = new ValidatedTokens(_inner, _time, capacity: 3);
        for (var i = 0; i < 10; i++) Assert.True((await tokens.ValidateTokenAsync(Token(_key, 10 + i), Parameters)).IsValid);
        Assert.InRange(tokens.Count, 1, 3);
    }

    private sealed class CountingHandler : TokenHandler
    {
        private readonly JsonWebTokenHandler _handler = new();
        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters parameters)
        {
            Calls++;
            return _handler.ValidateTokenAsync(token, parameters);
        }
    }

    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; }
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
