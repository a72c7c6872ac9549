namespace CarbonPlatform.Launcher;

/// <summary>The settings each process gets, as environment variables (the same keys a cluster sets).</summary>
public static class ServiceEnvironment
{
    /// <summary>
    /// Replica <paramref name="replica"/> of a service: its own ports, everything else shared with its siblings (data
    /// folder, database). It calls replica <paramref name="replica"/> of the others over gRPC.
    /// </summary>
    public static Dictionary<string, string> For(ServiceSpec spec, PlatformOptions o, int replica = 1)
    {
        var identity = PlatformTopology.Services.Single(s => s.Name == "identity");
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = o.Environment,
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{o.HttpPort(spec, replica)}",
            ["Kestrel__Endpoints__Metrics__Url"] = $"http://127.0.0.1:{o.MetricsPort(spec, replica)}",
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
        // A local run's receivers are on this machine, on the ports the launcher registered for them and no others (no
        // private network at all); a cluster keeps the guard's defaults (https, public addresses).
        if (spec.Name == "certification" && o.Environment == "Development")
        {
            env["Webhooks__AllowInsecureUrls"] = "true";
            for (var i = 0; i < o.WebhookReceiverPorts.Count; i++)
                env[$"Webhooks__LocalReceiverPorts__{i}"] = o.WebhookReceiverPorts[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (spec.Name == "activity-data")
        {
            if (o.RabbitMqManagementUrl is { } management) env["Devices__Broker__ManagementUrl"] = management;
            if (o.MqttPort is { } mqtt) env["Devices__Mqtt__Port"] = mqtt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (spec.Name == "portal")
        {
            env["Portal__Issuer"] = o.GatewayUrl + "/";
            env["Portal__Gateway"] = $"http://127.0.0.1:{o.GatewayPort}";
            env["Portal__ClientSecret"] = o.PortalClientSecret;
            env["Portal__DraftFolder"] = Path.Combine(o.DataFolder, spec.Name, "drafts");
            env["Portal__KeyFolder"] = Path.Combine(o.DataFolder, spec.Name, "keys");
        }
        if (spec.ServesGrpc)
        {
            env["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{o.GrpcPort(spec, replica)}";
            env["Kestrel__Endpoints__Grpc__Protocols"] = "Http2";
        }
        // The first replica creates or migrates the schema and seeds (the others start once it is ready).
        if (replica > 1) env["Database__MigrateOnStartup"] = "false";
        if (o.Postgres is not null && spec.Name is not ("portal" or "gateway"))
        {
            env["Database__Provider"] = "Postgres";
            env[$"ConnectionStrings__{spec.Name}"] = $"{o.Postgres};Database={o.DatabaseName(spec)}";
        }
        foreach (var other in PlatformTopology.Services)
        {
            env[$"Services__{other.ConfigName}__Http"] = $"http://127.0.0.1:{o.HttpPort(other, replica)}";
            if (other.ServesGrpc) env[$"Services__{other.ConfigName}__Grpc"] = $"http://127.0.0.1:{o.GrpcPort(other, replica)}";
            if (spec == PlatformTopology.Gateway)
                for (var r = 1; r <= o.ReplicasOf(other); r++)
                    env[$"ReverseProxy__Clusters__{other.Name}__Destinations__{(r == 1 ? "primary" : $"replica{r}")}__Address"] =
                        $"http://127.0.0.1:{o.HttpPort(other, r)}/";
        }
        foreach (var (key, value) in o.ExtraSettings) env[key] = value;
        return env;
    }
}
