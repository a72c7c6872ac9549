using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CarbonPlatform.Testing;

/// <summary>The claims a platform token carries, with the defaults of a valid token (audiences to be named).</summary>
public sealed record TokenClaims
{
    public string Subject { get; init; } = "test-client";
    public string Issuer { get; init; } = TokenMint.Issuer;
    /// <summary>Each service accepts only its own audience (carbon-{service}); a test names the one it calls.</summary>
    public string[] Audiences { get; init; } = [];
    public string? OrganizationId { get; init; }
    public string OrganizationKind { get; init; } = "platform";
    public string? RegionCode { get; init; }
    public string[] Roles { get; init; } = [];
    /// <summary>The OAuth client the token was issued to; a person's token names the portal here and the person as subject.</summary>
    public string? ClientId { get; init; }
    /// <summary>An enterprise caller's park and enterprise record (park_id, enterprise_id).</summary>
    public string? ParkId { get; init; }
    public string? EnterpriseId { get; init; }
    public DateTime Expires { get; init; } = DateTime.UtcNow.AddMinutes(10);
}

/// <summary>Signs test tokens with an RSA key whose public half the JWKS server publishes.</summary>
public sealed class TokenMint
{
    public const string Issuer = "http://issuer.test/";

    private readonly RsaSecurityKey _key;

    public TokenMint() : this(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-signing-key" }) { }

    /// <summary>A mint signing with a given key (e.g. one the identity service publishes).</summary>
    public TokenMint(RsaSecurityKey key) => _key = key;

    public string KeyId => _key.KeyId;

    public string JwksJson()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
        var publicKey = new { kty = "RSA", use = "sig", alg = "RS256", kid = jwk.Kid, n = jwk.N, e = jwk.E };
        return JsonSerializer.Serialize(new { keys = new[] { publicKey } });
    }

    public string Mint(TokenClaims claims) =>
        Sign(claims, new SigningCredentials(_key, SecurityAlgorithms.RsaSha256));

    /// <summary>Same key id, different private key: what a forger without the platform's key produces.</summary>
    public static string MintWithForeignKey(TokenClaims claims) =>
        Sign(claims, new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-signing-key" }, SecurityAlgorithms.RsaSha256));

    public static string MintHs256(TokenClaims claims, string secret) =>
        Sign(claims, new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)) { KeyId = "test-signing-key" }, SecurityAlgorithms.HmacSha256));

    public static string MintUnsigned(TokenClaims claims)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(Payload(claims)));
        return $"{header}.{payload}.";
    }

    /// <summary>A validly signed token whose payload was changed afterwards (here: a different organisation).</summary>
    public string MintTampered(TokenClaims claims, TokenClaims altered)
    {
        var parts = Mint(claims).Split('.');
        parts[1] = Base64UrlEncoder.Encode(JsonSerializer.Serialize(Payload(altered)));
        return string.Join('.', parts);
    }

    private static string Sign(TokenClaims claims, SigningCredentials credentials) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = Payload(claims),
            SigningCredentials = credentials,
        });

    private static Dictionary<string, object> Payload(TokenClaims c)
    {
        var issuedAt = c.Expires.AddMinutes(-15);
        var payload = new Dictionary<string, object>
        {
            ["iss"] = c.Issuer,
            ["sub"] = c.Subject,
            ["aud"] = c.Audiences,
            ["org_kind"] = c.OrganizationKind,
            ["role"] = c.Roles,
            ["iat"] = EpochTime.GetIntDate(issuedAt),
            ["nbf"] = EpochTime.GetIntDate(issuedAt),
            ["exp"] = EpochTime.GetIntDate(c.Expires),
        };
        if (c.OrganizationId is not null) payload["org_id"] = c.OrganizationId;
        if (c.RegionCode is not null) payload["region_code"] = c.RegionCode;
        if (c.ClientId is not null) payload["client_id"] = c.ClientId;
        if (c.ParkId is not null) payload["park_id"] = c.ParkId;
        if (c.EnterpriseId is not null) payload["enterprise_id"] = c.EnterpriseId;
        return payload;
    }
}
