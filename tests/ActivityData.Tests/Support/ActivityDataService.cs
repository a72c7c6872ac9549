using System.Net.Http.Headers;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Factors;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using CarbonPlatform.Testing;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>
/// The activity-data service on TestServer as the platform configures it, with its own empty temp data folder, the
/// in-memory transport, tokens checked against the test JWKS, a fake park directory and the reference factor release.
/// </summary>
public sealed class ActivityDataService : WebApplicationFactory<Program>
{
    private readonly JwksServer _jwks;
    private readonly string? _sharedDatabaseFile;

    public ActivityDataService()
    {
        _jwks = new JwksServer(Mint);
    }

    /// <summary>Another replica of <paramref name="first"/>: the same database, parks and token keys; a data folder of its own.</summary>
    public static ActivityDataService ReplicaOf(ActivityDataService first, IReadOnlyDictionary<string, string?>? settings = null) => new(first, settings);

    private readonly IReadOnlyDictionary<string, string?> _settings = new Dictionary<string, string?>();

    private ActivityDataService(ActivityDataService first, IReadOnlyDictionary<string, string?>? settings)
    {
        _settings = settings ?? _settings;
        Mint = first.Mint;
        Parks = first.Parks;
        _sharedDatabaseFile = first.DatabaseFile;
        _jwks = new JwksServer(Mint);
    }

    public TokenMint Mint { get; } = new();
    public FakeParkDirectory Parks { get; } = new();
    public CommandHook Hook { get; } = new();
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "carbon-activity-tests", Guid.NewGuid().ToString("N"));
    public string DatabaseFile => _sharedDatabaseFile ?? Path.Combine(DataFolder, "activity-data.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataFolder", DataFolder);
        if (_sharedDatabaseFile is not null)
            builder.UseSetting("ConnectionStrings:activity-data", $"Data Source={_sharedDatabaseFile};Default Timeout=30;Pooling=True");
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("Auth:Issuer", TokenMint.Issuer);
        builder.UseSetting("Auth:JwksUri", _jwks.JwksUri);
        builder.UseSetting("Services:ParkRegistry:Grpc", "http://park-registry.invalid");
        builder.UseSetting("Services:EmissionFactors:Grpc", "http://emission-factors.invalid");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IParkDirectory>(Parks);
            services.AddSingleton<IFactorReleaseProvider, ReferenceFactorReleases>();
            services.ConfigureDbContext<ActivityDb>(o => o.AddInterceptors(Hook));
        });
    }

    public HttpClient As(TokenClaims claims)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Mint.Mint(claims));
        return client;
    }

    /// <summary>A channel to the internal gRPC services, through TestServer's handler, as another platform service calls them.</summary>
    public GrpcChannel GrpcChannel() => global::Grpc.Net.Client.GrpcChannel.ForAddress(Server.BaseAddress,
        new GrpcChannelOptions { HttpHandler = new BearerTokenHandler(Mint.Mint(ServiceCalls.PlatformService("activity-data")), Server.CreateHandler()) });

    public async Task<T> WithDbAsync<T>(Func<ActivityDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ActivityDb>());
    }

    /// <summary>Runs SQL on the service's SQLite file directly, past the service: what someone with file access could do.</summary>
    public async Task<int> ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>One value read from the service's SQLite file directly.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _jwks.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { /* a file still held open: the OS cleans the temp folder */ }
    }
}

[CollectionDefinition(nameof(ServiceCollection))]
public sealed class ServiceCollection : ICollectionFixture<ActivityDataService>;
