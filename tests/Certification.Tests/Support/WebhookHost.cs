using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Webhooks;
using CarbonPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>The certification service with its own token mint and JWKS server; subclasses add settings.</summary>
public class WebhookHost : IDisposable
{
    private readonly TokenMint _mint = new();
    private readonly JwksServer _jwks;

    public WebhookHost() : this(new Dictionary<string, string>()) { }

    protected WebhookHost(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? testServices = null)
    {
        _jwks = new JwksServer(_mint);
        Service = new CertificationService(_jwks.JwksUri, settings, testServices);
    }

    public CertificationService Service { get; }

    public HttpClient As(TokenClaims claims) => BearerTokens.WithToken(Service.CreateClient(), _mint.Mint(claims));

    /// <summary>What a state change of the service does: enqueue in its unit of work, then save.</summary>
    public async Task<int> EnqueueAsync(Guid certificationBodyId, string eventType, object data)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CertificationDb>();
        var queued = await WebhookOutbox.EnqueueAsync(db, certificationBodyId, eventType, data);
        await db.SaveChangesAsync();
        return queued;
    }

    public async Task<T> WithDbAsync<T>(Func<CertificationDb, Task<T>> use)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<CertificationDb>());
    }

    public virtual void Dispose()
    {
        Service.Dispose();
        _jwks.Dispose();
        GC.SuppressFinalize(this);
    }
}
