using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// A platform of its own for the security suite, with the world built once. Its gateway allows each API client
/// <see cref="PermitsPerMinute"/> requests a minute, low enough to reach in a test; callers without a trusted token
/// (the matrix sends some 300 from one loopback address) get a limit the matrix never reaches, so they meet 401, not 429.
/// </summary>
public sealed class SecurityPlatformFixture : IAsyncLifetime
{
    public const int PermitsPerMinute = 300;

    public PlatformFixture Platform { get; } = new()
    {
        ExtraSettings = new Dictionary<string, string>
        {
            ["Gateway__RateLimit__PermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway__RateLimit__AnonymousPermitsPerMinute"] = "100000",
            // The sign-in throttling tests read a first wait of 3 s: time enough for the next request on a busy machine.
            ["Identity__SignIn__FirstDelaySeconds"] = "3",
        },
    };

    public SecurityWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Platform.InitializeAsync();
        World = await SecurityWorld.BuildAsync(Platform);
    }

    public Task DisposeAsync() => Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SecurityPlatformCollection : ICollectionFixture<SecurityPlatformFixture>
{
    public const string Name = "security platform";
}
