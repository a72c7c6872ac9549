namespace CarbonPlatform.Client.Webhooks;

/// <summary>What <see cref="WebhookSignatureVerifier"/> found; only <see cref="Valid"/> lets the body be trusted.</summary>
public enum WebhookVerification
{
    Valid,
    /// <summary>No <c>X-Carbon-Signature</c> header.</summary>
    MissingSignature,
    /// <summary>The header is not <c>t=&lt;unix seconds&gt;,v1=&lt;64 hex digits&gt;</c>.</summary>
    MalformedSignature,
    /// <summary>Signed too long ago or in the future: a replay, or a clock far off.</summary>
    TimestampOutsideTolerance,
    /// <summary>Not signed with this secret over this body (tampered, or another subscription's).</summary>
    SignatureMismatch,
}
