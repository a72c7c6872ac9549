using CarbonPlatform.Client;
using CarbonPlatform.Client.Authentication;

namespace CarbonPlatform.EndToEnd.Tests.Client;

public static class PlatformClients
{
    /// <summary>The typed client as an organisation's system holds it: its own API client, every answer checked against the contract.</summary>
    public static CarbonClient Connect(this PlatformFixture platform, Tenant tenant) => CarbonClient.Create(new CarbonClientOptions
    {
        BaseAddress = platform.Gateway.BaseAddress!,
        Credentials = new ClientCredentials(tenant.ClientId, tenant.ClientSecret),
    }, new ContractCheckingHandler());
}
