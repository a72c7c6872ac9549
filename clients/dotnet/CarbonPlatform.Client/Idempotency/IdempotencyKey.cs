using Microsoft.Kiota.Abstractions;

namespace CarbonPlatform.Client.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on the POSTs that record data (activity batches, committed imports and meter readings): a
/// retry with the same key and the same body answers the first request's 202 and records nothing again; the same key
/// with another body is 409 <c>idempotency-key-reused</c>. Make one key per logical batch, keep it with the batch, and
/// send it on every retry of that batch (the retry handler repeats it by itself).
/// </summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";

    /// <summary>The longest key the platform accepts.</summary>
    public const int MaxLength = 200;

    /// <summary>A new key for a new logical batch.</summary>
    public static string New() => Guid.NewGuid().ToString();

    /// <summary>
    /// The request configuration that sends <paramref name="key"/>:
    /// <c>await parks[id].ActivityRecords.PostAsync(batch, IdempotencyKey.Use(key))</c>.
    /// </summary>
    public static Action<RequestConfiguration<T>> Use<T>(string key) where T : class, new()
    {
        Check(key);
        return configuration => configuration.WithIdempotencyKey(key);
    }

    /// <summary>Adds the key to a request configuration that sets other things too (query parameters).</summary>
    public static RequestConfiguration<T> WithIdempotencyKey<T>(this RequestConfiguration<T> configuration, string key) where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Check(key);
        configuration.Headers.Remove(Header);
        configuration.Headers.Add(Header, key);
        return configuration;
    }

    private static void Check(string key)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("An idempotency key is not empty.", nameof(key));
        if (key.Length > MaxLength) throw new ArgumentException($"An idempotency key has at most {MaxLength} characters.", nameof(key));
    }
}
