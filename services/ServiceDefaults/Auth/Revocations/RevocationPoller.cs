using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.ServiceDefaults.Auth.Revocations;

public sealed class RevocationOptions
{
    /// <summary>How often each replica reads the list: the longest a revoked token still works here, plus one request.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Reads the identity service's revocations every <see cref="RevocationOptions.PollInterval"/>: every replica for
/// itself, so none misses one, and a replica started late learns the whole recent list at once. While the identity
/// service cannot be read the last list stays in force and a warning says since when.
/// </summary>
public sealed class RevocationPoller(IHttpClientFactory clients, RevocationList list, IOptions<RevocationOptions> options,
    TimeProvider clock, ILogger<RevocationPoller> logger) : BackgroundService
{
    public const string HttpClientName = "identity-revocations";
    private static readonly TimeSpan WarnEvery = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset? warnedAt = null;
        var started = clock.GetUtcNow(); // the identity service may start after this one: no warning for the first minute
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                using var http = clients.CreateClient(HttpClientName);
                var read = await http.GetFromJsonAsync<RevokedAccessList>(RevocationPaths.Feed.TrimStart('/'), stoppingToken)
                    ?? throw new HttpRequestException("The identity service answered the revocation list with nothing.");
                list.Replace(new RevokedAccess(read.Revocations));
                warnedAt = null;
            }
            // Whatever went wrong (no answer, a refusal, a page that is not the list), the poller must live on: it is
            // logged, and the last list stays in force.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                if (now - (list.ReadAt ?? started) > WarnEvery && (warnedAt is null || now - warnedAt > WarnEvery))
                {
                    warnedAt = now;
                    logger.LogWarning(e, "The identity service's revocation list could not be read; the list read at {ReadAt} stays in force.",
                        list.ReadAt?.ToString("O") ?? "(never)");
                }
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
