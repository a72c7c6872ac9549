using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// Tokens a hostile caller could present, each made from a real token of tenant A's administrator so that only the one
/// defect named stands between it and full access to tenant A's data.
/// </summary>
public static class ForgedTokens
{
    /// <summary>The real token's claims and header, re-signed with the platform's own signing key, but expired ten minutes ago.</summary>
    public static string Expired(string realToken, string signingKeyPem) => Resigned(realToken, signingKeyPem, TimeSpan.FromMinutes(-10));

    /// <summary>The real token's header and claims, signed anew with the platform's key, expiring after <paramref name="expiresIn"/>.</summary>
    public static string Resigned(string realToken, string signingKeyPem, TimeSpan expiresIn)
    {
        var (header, payload, _) = Split(realToken);
        var claims = JsonNode.Parse(Decode(payload))!.AsObject();
        var exp = DateTimeOffset.UtcNow.Add(expiresIn).ToUnixTimeSeconds();
        claims["iat"] = exp - 900;
        claims["nbf"] = exp - 900;
        claims["exp"] = exp;
        var signingInput = header + "." + Encode(claims.ToJsonString());
        using var rsa = RSA.Create();
        rsa.ImportFromPem(signingKeyPem);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Encode(signature);
    }

    /// <summary>The real token with one character in the middle of its signature changed.</summary>
    public static string TamperedSignature(string realToken)
    {
        var (header, payload, signature) = Split(realToken);
        var middle = signature.Length / 2;
        var changed = signature[middle] == 'A' ? 'B' : 'A';
        return $"{header}.{payload}.{signature[..middle]}{changed}{signature[(middle + 1)..]}";
    }

    /// <summary>The real token's claims under an <c>alg: none</c> header, with no signature at all.</summary>
    public static string AlgNone(string realToken)
    {
        var (_, payload, _) = Split(realToken);
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{payload}.";
    }

    private static (string Header, string Payload, string Signature) Split(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) throw new ArgumentException("not a signed JWT (header.payload.signature)", nameof(token));
        return (parts[0], parts[1], parts[2]);
    }

    private static string Decode(string part)
    {
        var s = part.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=')));
    }

    private static string Encode(string text) => Encode(Encoding.UTF8.GetBytes(text));

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
