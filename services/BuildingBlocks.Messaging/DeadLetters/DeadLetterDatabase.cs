using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// The service's database as the dead-letter parts see it: always a context of a scope of their own, never the failed
/// consumer's (whose change tracker may hold the half-done work that failed).
/// </summary>
public sealed class DeadLetterDatabase(IServiceScopeFactory scopes, Func<IServiceProvider, DbContext> resolve)
{
    public async Task<T> RunAsync<T>(Func<DbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(resolve(scope.ServiceProvider));
    }

    public static DeadLetterDatabase Of<TDb>(IServiceProvider services) where TDb : DbContext =>
        new(services.GetRequiredService<IServiceScopeFactory>(), s => s.GetRequiredService<TDb>());
}
