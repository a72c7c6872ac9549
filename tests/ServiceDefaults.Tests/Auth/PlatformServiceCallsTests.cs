using CarbonPlatform.ServiceDefaults.Auth;

namespace CarbonPlatform.ServiceDefaults.Tests.Auth;

public sealed class PlatformServiceCallsTests
{
    [Fact]
    public void Every_platform_service_has_its_calls_named_and_they_go_to_other_platform_services()
    {
        Assert.Equal(PlatformAudiences.Services.Order(), PlatformServiceCalls.Callers.Order());
        foreach (var caller in PlatformServiceCalls.Callers)
        {
            // Every service reads the identity service's revocation list, the identity service's own replicas included.
            Assert.Contains("identity", PlatformServiceCalls.TargetsOf(caller));
            Assert.DoesNotContain(caller, PlatformServiceCalls.TargetsOf(caller).Where(t => t != "identity"));
            Assert.All(PlatformServiceCalls.TargetsOf(caller), target => Assert.Contains(target, PlatformAudiences.Services));
        }
    }

    [Fact]
    public void A_name_that_is_no_platform_service_calls_nothing()
    {
        Assert.Empty(PlatformServiceCalls.TargetsOf("portal"));
        Assert.Equal(["park-registry", "evaluation", "identity"], PlatformServiceCalls.TargetsOf("certification"));
    }
}
