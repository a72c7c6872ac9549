namespace CarbonPlatform.Launcher;

/// <summary>The settings each process gets, as environment variables (the same keys a cluster sets).</summary>
public static class ServiceEnvironment
{
    public static Dictionary<string, string> For(ServiceSpec spec, PlatformOptions o)
    {
        var identity = PlatformTopology.Services.Single(s => s.Name == "identity");
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = o.Environment,
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{o.HttpPort(spec)}",
            ["Kestrel__Endpoints__Metrics__Url"] = $"http://127.0.0.1:{o.MetricsPort(spec)}",
            ["Database__DataFolder"] = Path.Combine(o.DataFolder, spec.Name),
            ["Messaging__RabbitMq"] = o.RabbitMqUrl,
            ["Auth__Issuer"] = o.GatewayUrl + "/",
            ["Auth__JwksUri"] = $"http://127.0.0.1:{o.HttpPort(identity)}/.well-known/jwks",
            ["Identity__Issuer"] = o.GatewayUrl + "/",
            ["Identity__LocalAdmin__Enabled"] = o.LocalAdministrator ? "true" : "false",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
        };
        if (spec.Name == "identity")
        {
            env["Identity__Portal__ClientSecret"] = o.PortalClientSecret;
            env["Identity__Portal__RedirectUris"] = o.GatewayUrl + "/signin-oidc";
            env["Identity__Portal__PostLogoutRedirectUris"] = o.GatewayUrl + "/signout-callback-oidc";
            foreach (var (name, secret) in o.ServiceClientSecrets) env[$"Identity__ServiceClients__{name}"] = secret;
        }
        if (o.ServiceClientSecrets.TryGetValue(spec.Name, out var serviceSecret))
        {
            env["Auth__ServiceClient__Id"] = $"service-{spec.Name}";
            env["Auth__ServiceClient__Secret"] = serviceSecret;
        }
        // A local run's webhook receivers are on this machine; a cluster keeps the guard's defaults (https, public addresses).
        if (spec.Name == "certification" && o.Environment == "Development")
        {
            env["Webhooks__AllowInsecureUrls"] = "true";
            env["Webhooks__AllowPrivateNetworks"] = "true";
        }
        if (spec.Name == "portal")
        {
            env["Portal__Issuer"] = o.GatewayUrl + "/";
            env["Portal__Gateway"] = $"http://127.0.0.1:{o.GatewayPort}";
            env["Portal__ClientSecret"] = o.PortalClientSecret;
            env["Portal__DraftFolder"] = Path.Combine(o.DataFolder, spec.Name, "drafts");
        }
        if (spec.ServesGrpc)
        {
            env["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{o.GrpcPort(spec)}";
            env["Kestrel__Endpoints__Grpc__Protocols"] = "Http2";
        }
        foreach (var other in PlatformTopology.Services)
        {
            env[$"Services__{other.ConfigName}__Http"] = $"http://127.0.0.1:{o.HttpPort(other)}";
            if (other.ServesGrpc) env[$"Services__{other.ConfigName}__Grpc"] = $"http://127.0.0.1:{o.GrpcPort(other)}";
            if (spec == PlatformTopology.Gateway)
                env[$"ReverseProxy__Clusters__{other.Name}__Destinations__primary__Address"] = $"http://127.0.0.1:{o.HttpPort(other)}/";
        }
        foreach (var (key, value) in o.ExtraSettings) env[key] = value;
        return env;
    }
}
