namespace CarbonPlatform.Client.Concurrency;

/// <summary>
/// A resource's version as the platform answered it in <c>ETag</c> (an opaque quoted string), to send back in
/// <c>If-Match</c> with the next change of that resource.
/// </summary>
public sealed record EntityTag
{
    public const string ETagHeader = "ETag";
    public const string IfMatchHeader = "If-Match";

    /// <summary>The code of the 412 problem a stale <c>If-Match</c> is answered with.</summary>
    public const string StaleVersionCode = "stale-version";

    public EntityTag(string value)
    {
        // Only a strong tag as the platform writes it: a weak or unquoted one would never match (412 every time).
        if (string.IsNullOrWhiteSpace(value) || value.Length < 2 || value[0] != '"' || value[^1] != '"')
            throw new ArgumentException("An entity tag is the quoted value of an ETag the platform answered, e.g. \"3f2c…\".", nameof(value));
        Value = value;
    }

    /// <summary>The tag with its quotes, as it goes into <c>If-Match</c>.</summary>
    public string Value { get; }

    public override string ToString() => Value;
}

/// <summary>A resource (or a change's answer) and the version it was answered at.</summary>
public sealed record Tagged<T>(T Value, EntityTag Tag);
