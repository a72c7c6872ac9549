using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.ServiceDefaults.Secrets;

/// <summary>The whole secret store, read once at start-up through the sidecar's HTTP API.</summary>
public sealed class DaprSecretStoreConfiguration(DaprSecretStoreSettings settings) : IConfigurationSource
{
    public DaprSecretStoreSettings Settings => settings;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(settings);

    private sealed class Provider(DaprSecretStoreSettings settings) : ConfigurationProvider
    {
        private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

        public override void Load() => Data = SecretKeys.ToConfiguration(settings.Store, ReadStore());

        // The sidecar may come up after the app: refused connections and error answers are retried until the wait is
        // over, then start-up fails rather than run without its secrets.
        private Dictionary<string, Dictionary<string, string>> ReadStore()
        {
            using var http = new HttpClient();
            var clock = Stopwatch.StartNew();
            var pause = TimeSpan.FromMilliseconds(200);
            string lastFailure;
            Exception? lastException = null;
            while (true)
            {
                var left = settings.Wait - clock.Elapsed;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, settings.BulkUrl);
                    if (settings.ApiToken is not null) request.Headers.Add("dapr-api-token", settings.ApiToken);
                    using var timeout = new CancellationTokenSource(left > LongestPause ? left : LongestPause);
                    using var response = http.Send(request, timeout.Token);
                    if (response.IsSuccessStatusCode)
                        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(
                            response.Content.ReadAsStream(timeout.Token)) ?? [];
                    using var reader = new StreamReader(response.Content.ReadAsStream(timeout.Token));
                    var body = reader.ReadToEnd();
                    lastFailure = $"{(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(body)}";
                    lastException = null;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    lastFailure = e.Message;
                    lastException = e;
                }
                left = settings.Wait - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                    throw new InvalidOperationException(
                        $"Dapr secret store '{settings.Store}' could not be read at {settings.BulkUrl} within " +
                        $"{settings.Wait.TotalSeconds:0.#} s ({DaprSecretStoreSettings.WaitKey}); last answer: {lastFailure}",
                        lastException);
                Thread.Sleep(pause < left ? pause : left);
                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
        }

        private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
    }
}
