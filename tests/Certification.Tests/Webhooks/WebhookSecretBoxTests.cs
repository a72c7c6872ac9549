using System.Security.Cryptography;
using CarbonPlatform.Certification.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.Certification.Tests.Webhooks;

public sealed class WebhookSecretBoxTests
{
    private static readonly WebhookSecretBox Box = new(RandomNumberGenerator.GetBytes(32));
    private const string Secret = "whsec_00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    [Fact]
    public void A_sealed_secret_opens_to_itself_and_does_not_show_it()
    {
        var id = Guid.NewGuid();

        var stored = Box.Seal(id, Secret);

        Assert.True(WebhookSecretBox.IsSealed(stored));
        Assert.DoesNotContain("whsec_", stored);
        Assert.True(stored.Length <= 200, "the column holds 200 characters");
        Assert.Equal(Secret, Box.Open(id, stored));
        Assert.NotEqual(stored, Box.Seal(id, Secret)); // a new nonce each time
    }

    [Fact]
    public void A_secret_sealed_for_one_subscription_does_not_open_for_another_or_under_another_key()
    {
        var id = Guid.NewGuid();
        var stored = Box.Seal(id, Secret);

        Assert.ThrowsAny<CryptographicException>(() => Box.Open(Guid.NewGuid(), stored));
        Assert.ThrowsAny<CryptographicException>(() => new WebhookSecretBox(RandomNumberGenerator.GetBytes(32)).Open(id, stored));
    }

    [Fact]
    public void A_secret_stored_before_secrets_were_sealed_reads_as_it_is()
    {
        Assert.False(WebhookSecretBox.IsSealed(Secret));
        Assert.Equal(Secret, Box.Open(Guid.NewGuid(), Secret));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "certification";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void Production_needs_a_configured_key_of_32_bytes()
    {
        var production = new Environment(Environments.Production);
        var key = RandomNumberGenerator.GetBytes(32);

        Assert.Contains(WebhookSecretKey.Setting, Assert.Throws<InvalidOperationException>(() => WebhookSecretKey.Load(Settings(), production)).Message);
        Assert.Contains("32 bytes", Assert.Throws<InvalidOperationException>(() =>
            WebhookSecretKey.Load(Settings((WebhookSecretKey.Setting, Convert.ToBase64String(new byte[16]))), production)).Message);
        Assert.Equal(key, WebhookSecretKey.Load(Settings((WebhookSecretKey.Setting, Convert.ToBase64String(key))), production));
    }

    [Fact]
    public void SQL_Server_needs_a_configured_key_even_outside_production()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            WebhookSecretKey.Load(Settings(("Database:Provider", "SqlServer")), new Environment(Environments.Development)));

        Assert.Contains("every replica", refused.Message);
    }

    [Fact]
    public void A_local_SQLite_run_has_a_key_is_made_once_in_the_data_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "carbon-webhook-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = Settings(("Database:DataFolder", folder));

            var first = WebhookSecretKey.Load(settings, new Environment(Environments.Development));

            Assert.Equal(32, first.Length);
            Assert.Equal(first, WebhookSecretKey.Load(settings, new Environment(Environments.Development)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
