using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.Testing;

/// <summary>
/// A service on TestServer as the platform configures it, but with its own empty temp data folder, the in-memory
/// transport and tokens checked against the test JWKS.
/// </summary>
public abstract class ServiceFactory<TEntryPoint>(string jwksUri) : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "carbon-services-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("Auth:Issuer", TokenMint.Issuer);
        builder.UseSetting("Auth:JwksUri", jwksUri);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { /* a file still held open: the temp folder is cleaned up by the OS */ }
    }
}
