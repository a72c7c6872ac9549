using CarbonPlatform.Contracts.Grpc.EmissionFactors;
using CarbonPlatform.EmissionFactors.Client;
using Grpc.Core;

namespace CarbonPlatform.EmissionFactors.Tests.FactorReleases;

/// <summary>
/// The default release as accounting's replicas see it: the administrator's switch reaches a replica that never
/// consumed the event — at once for a recomputation, within seconds for a read.
/// </summary>
public sealed class FactorReleaseSourceTests
{
    private readonly Catalog _catalog = new() { Default = "cn-2025.1" };
    private readonly Clock _clock = new();
    private FactorReleaseSource Source() => new(_catalog, _clock);

    [Fact]
    public async Task A_recomputation_uses_the_default_moved_at_the_factors_service_though_this_replica_heard_of_no_event()
    {
        var source = Source();
        Assert.Equal("cn-2025.1", (await source.GetAsync(null, default))!.Name);
        _catalog.Default = "cn-2026.1"; // another replica consumed DefaultFactorReleaseChanged
        Assert.Equal("cn-2026.1", (await source.GetCurrentDefaultAsync(default))!.Name);
    }

    [Fact]
    public async Task A_read_uses_a_default_name_at_most_five_seconds_old()
    {
        var source = Source();
        Assert.Equal("cn-2025.1", await source.DefaultNameAsync(default));
        _catalog.Default = "cn-2026.1";
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal("cn-2025.1", await source.DefaultNameAsync(default));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("cn-2026.1", await source.DefaultNameAsync(default));
        Assert.Equal("cn-2026.1", (await source.GetAsync(null, default))!.Name);
    }

    [Fact]
    public async Task A_named_release_is_fetched_once_and_kept()
    {
        var source = Source();
        await source.GetAsync("cn-2026.1", default);
        await source.GetAsync("cn-2026.1", default);
        Assert.Equal(1, _catalog.ReleaseCalls);
    }

    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class Catalog : FactorCatalog.FactorCatalogClient
    {
        public required string Default { get; set; }
        public int ReleaseCalls { get; private set; }

        public override AsyncUnaryCall<DefaultReleaseReply> GetDefaultReleaseAsync(GetDefaultReleaseRequest request, CallOptions options) =>
            Reply(new DefaultReleaseReply { Found = true, Release = Default });

        public override AsyncUnaryCall<FactorReleaseReply> GetReleaseAsync(GetReleaseRequest request, CallOptions options)
        {
            ReleaseCalls++;
            return Reply(new FactorReleaseReply { Found = true, Release = request.Release.Length > 0 ? request.Release : Default });
        }

        private static AsyncUnaryCall<T> Reply<T>(T reply) =>
            new(Task.FromResult(reply), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }
}
