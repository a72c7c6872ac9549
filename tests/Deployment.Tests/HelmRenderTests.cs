using System.Text.Json.Nodes;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>
/// The charts rendered by Helm itself (helm lint, helm template with each values profile) and the rendered
/// objects checked against each other. These run only where a `helm` binary is on PATH: elsewhere xunit
/// reports them as skipped with that reason.
/// </summary>
public sealed class HelmRenderTests
{
    public static IEnumerable<object[]> PlatformProfiles =>
    [
        ["(defaults)"],
        [$"{Charts.Platform}/values-dev.yaml"],
        [$"{Charts.Platform}/values-production.yaml"],
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<List<JsonObject>>> Renders = new();

    /// <summary>Rendered once per profile and shared by the tests (which only read it).</summary>
    private static List<JsonObject> RenderPlatform(string profile) => Renders.GetOrAdd(profile, p => new Lazy<List<JsonObject>>(() =>
        HelmCharts.Documents(HelmCharts.Template("carbon-platform", p == "(defaults)" ? [] : [p]), "carbon-platform " + p))).Value;

    private static JsonObject ValuesOf(string profile) =>
        profile == "(defaults)" ? Charts.DefaultValues(Charts.Platform) : Charts.ValuesWith(Charts.Platform, profile);

    [RequiresHelmFact]
    public void Helm_lints_every_chart_and_profile()
    {
        foreach (var (chart, files) in new (string, string[])[]
        {
            ("carbon-lib", []), ("carbon-dev-infra", []), ("carbon-platform", []),
            ("carbon-platform", [$"{Charts.Platform}/values-dev.yaml"]), ("carbon-platform", [$"{Charts.Platform}/values-production.yaml"]),
        })
        {
            var lint = HelmCharts.Lint(chart, files);
            Assert.True(lint.ExitCode == 0, $"helm lint {chart} {string.Join(' ', files)}:\n{lint.Output}");
        }
    }

    [RequiresHelmTheory]
    [MemberData(nameof(PlatformProfiles))]
    public void Rendered_platform_has_every_object_each_component_needs(string profile)
    {
        var docs = RenderPlatform(profile);
        var values = ValuesOf(profile);
        Assert.All(docs, d =>
        {
            Assert.False(string.IsNullOrEmpty(d["apiVersion"]?.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(d["kind"]?.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(d["metadata"]?["name"]?.GetValue<string>()));
        });
        foreach (var (name, component) in Charts.Components(values))
        {
            var fullName = $"carbon-{name}";
            Assert.Single(docs, d => Kind(d) == "Deployment" && Name(d) == fullName);
            Assert.Single(docs, d => Kind(d) == "Service" && Name(d) == fullName);
            Assert.Single(docs, d => Kind(d) == "ServiceAccount" && Name(d) == fullName);
            Assert.Equal(Charts.Bool(component, "podDisruptionBudget.enabled"), docs.Any(d => Kind(d) == "PodDisruptionBudget" && Name(d) == fullName));
            Assert.Equal(Charts.Bool(component, "autoscaling.enabled"), docs.Any(d => Kind(d) == "HorizontalPodAutoscaler" && Name(d) == fullName));
            Assert.Equal(Charts.Bool(values, "global.networkPolicy.enabled"), docs.Any(d => Kind(d) == "NetworkPolicy" && Name(d) == fullName));
            Assert.Equal(Charts.Bool(component, "migrations.enabled"), docs.Any(d => Kind(d) == "Job" && Name(d) == fullName + "-migrate"));
        }
        Assert.Equal(Charts.Bool(values, "ingress.enabled"), docs.Any(d => Kind(d) == "Ingress"));
        Assert.DoesNotContain(docs, d => Kind(d) == "Secret");
        AssertUnique(docs);
    }

    [RequiresHelmTheory]
    [MemberData(nameof(PlatformProfiles))]
    public void Rendered_containers_listen_where_Kestrel_is_told_and_are_probed_there(string profile)
    {
        var docs = RenderPlatform(profile);
        foreach (var deployment in docs.Where(d => Kind(d) == "Deployment"))
        {
            var name = Labels(deployment)["app.kubernetes.io/name"]!.GetValue<string>();
            var spec = Topology.Spec(name);
            var container = Assert.Single(PodSpec(deployment)["containers"]!.AsArray())!.AsObject();
            var ports = container["ports"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["containerPort"]!.GetValue<int>());
            var env = Env(container);
            Assert.Equal($"http://*:{ports["http"]}", env["Kestrel__Endpoints__Http__Url"]);
            Assert.Equal(spec.ServesGrpc, ports.ContainsKey("grpc"));
            if (spec.ServesGrpc)
            {
                Assert.Equal($"http://*:{ports["grpc"]}", env["Kestrel__Endpoints__Grpc__Url"]);
                Assert.Equal("Http2", env["Kestrel__Endpoints__Grpc__Protocols"]);
            }
            else Assert.False(env.ContainsKey("Kestrel__Endpoints__Grpc__Url"));
            Assert.Equal(("/health/live", "http"), Probe(container, "startupProbe"));
            Assert.Equal(("/health/live", "http"), Probe(container, "livenessProbe"));
            Assert.Equal(("/health/ready", "http"), Probe(container, "readinessProbe"));
        }
    }

    [RequiresHelmTheory]
    [MemberData(nameof(PlatformProfiles))]
    public void Rendered_pods_are_locked_down_and_read_connection_settings_only_from_secrets(string profile)
    {
        var docs = RenderPlatform(profile);
        foreach (var workload in docs.Where(d => Kind(d) is "Deployment" or "Job"))
        {
            var pod = PodSpec(workload);
            Assert.True(pod["securityContext"]!["runAsNonRoot"]!.GetValue<bool>());
            Assert.True(pod["securityContext"]!["runAsUser"]!.GetValue<int>() > 0);
            Assert.False(pod["automountServiceAccountToken"]!.GetValue<bool>());
            foreach (var container in pod["containers"]!.AsArray().Select(c => c!.AsObject()))
            {
                var sc = container["securityContext"]!;
                Assert.True(sc["readOnlyRootFilesystem"]!.GetValue<bool>(), Name(workload));
                Assert.False(sc["allowPrivilegeEscalation"]!.GetValue<bool>());
                Assert.Equal(["ALL"], sc["capabilities"]!["drop"]!.AsArray().Select(c => c!.GetValue<string>()));
                Assert.Null(sc["capabilities"]!["add"]);
                Assert.NotNull(container["resources"]?["requests"]);
                var tmp = container["volumeMounts"]!.AsArray().Single(m => m!["mountPath"]!.GetValue<string>() == "/tmp")!;
                Assert.NotNull(pod["volumes"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == tmp["name"]!.GetValue<string>())!["emptyDir"]);
                foreach (var variable in container["env"]!.AsArray().Select(e => e!.AsObject()))
                {
                    var key = variable["name"]!.GetValue<string>();
                    if (key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || key == "Messaging__RabbitMq" || key.EndsWith("__ClientSecret", StringComparison.Ordinal)
                        || key == "Auth__ServiceClient__Secret" || key.StartsWith("Identity__ServiceClients__", StringComparison.Ordinal))
                    {
                        Assert.Null(variable["value"]);
                        Assert.NotNull(variable["valueFrom"]?["secretKeyRef"]?["name"]);
                    }
                    Assert.DoesNotContain("Password=", variable["value"]?.GetValue<string>() ?? "", StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [RequiresHelmTheory]
    [MemberData(nameof(PlatformProfiles))]
    public void Rendered_addresses_point_at_services_and_ports_that_exist(string profile)
    {
        var docs = RenderPlatform(profile);
        // The dev profile also talks to the dev broker, which the carbon-dev-infra chart renders beside the platform.
        var infra = profile.EndsWith("values-dev.yaml", StringComparison.Ordinal)
            ? HelmCharts.Documents(HelmCharts.Template("carbon-dev-infra", release: "carbon-dev"), "carbon-dev-infra") : [];
        var services = docs.Concat(infra).Where(d => Kind(d) == "Service").ToDictionary(Name, s => s["spec"]!["ports"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["port"]!.GetValue<int>()));
        var deployments = docs.Where(d => Kind(d) == "Deployment").ToList();
        foreach (var service in docs.Where(d => Kind(d) == "Service"))
        {
            var deployment = deployments.Single(d => Selects(service["spec"]!["selector"]!.AsObject(), Labels(d)));
            var container = PodSpec(deployment)["containers"]![0]!;
            var containerPorts = container["ports"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["containerPort"]!.GetValue<int>());
            foreach (var port in service["spec"]!["ports"]!.AsArray())
            {
                var target = port!["targetPort"]!.GetValue<string>();
                Assert.True(containerPorts.ContainsKey(target), $"{Name(service)}: targetPort {target}");
                Assert.Equal(containerPorts[target], port["port"]!.GetValue<int>());
            }
        }
        foreach (var deployment in deployments)
        {
            var env = Env(PodSpec(deployment)["containers"]![0]!.AsObject());
            foreach (var (key, value) in env.Where(e => e.Value.StartsWith("http://carbon-", StringComparison.Ordinal)))
            {
                var uri = new Uri(value);
                Assert.True(services.TryGetValue(uri.Host, out var ports), $"{Name(deployment)}: {key} -> no Service {uri.Host}");
                var expected = key.EndsWith("__Grpc", StringComparison.Ordinal) ? "grpc"
                    : key.EndsWith("__ManagementUrl", StringComparison.Ordinal) ? "management" : "http";
                Assert.True(ports.TryGetValue(expected, out var port) && port == uri.Port, $"{Name(deployment)}: {key}={value} is not the {expected} port of {uri.Host}");
            }
            var name = Labels(deployment)["app.kubernetes.io/name"]!.GetValue<string>();
            Assert.Equal($"http://carbon-identity:{services["carbon-identity"]["http"]}/.well-known/jwks", env["Auth__JwksUri"]);
            Assert.EndsWith("/", env["Auth__Issuer"]);
            if (name == "gateway")
                foreach (var service in deployments.Select(d => Labels(d)["app.kubernetes.io/name"]!.GetValue<string>()).Where(n => n != "gateway"))
                    Assert.Equal($"http://carbon-{service}:{services["carbon-" + service]["http"]}/",
                        env[$"ReverseProxy__Clusters__{service}__Destinations__primary__Address"]);
        }
    }

    [RequiresHelmTheory]
    [MemberData(nameof(PlatformProfiles))]
    public void Rendered_policies_budgets_autoscalers_jobs_and_ingress_target_real_objects(string profile)
    {
        var docs = RenderPlatform(profile);
        var values = ValuesOf(profile);
        var deployments = docs.Where(d => Kind(d) == "Deployment").ToList();
        foreach (var policy in docs.Where(d => Kind(d) == "NetworkPolicy"))
        {
            var target = Assert.Single(deployments, d => Selects(policy["spec"]!["podSelector"]!["matchLabels"]!.AsObject(), Labels(d)));
            var portNames = PodSpec(target)["containers"]![0]!["ports"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToHashSet();
            foreach (var rule in policy["spec"]!["ingress"]!.AsArray())
                foreach (var port in rule!["ports"]!.AsArray())
                {
                    var p = port!["port"]!.AsValue();
                    Assert.True(p.TryGetValue<int>(out _) || portNames.Contains(p.GetValue<string>()), $"{Name(policy)}: port {p}");
                }
            var grpcRule = policy["spec"]!["ingress"]!.AsArray().SingleOrDefault(r => r!["ports"]![0]!["port"]!.ToJsonString() == "\"grpc\"");
            Assert.Equal(portNames.Contains("grpc"), grpcRule is not null);
            if (grpcRule is not null)
                Assert.Equal("carbon-platform", grpcRule["from"]![0]!["podSelector"]!["matchLabels"]!["app.kubernetes.io/part-of"]!.GetValue<string>());
            var name = Labels(target)["app.kubernetes.io/name"]!.GetValue<string>();
            var httpFrom = policy["spec"]!["ingress"]![0]!["from"]?.AsArray();
            if (name != "gateway")
                Assert.Contains(httpFrom!, peer => peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"]?.GetValue<string>() == "gateway");
            else if (httpFrom is not null) // no "from" at all: the gateway's port is open to every source
                Assert.Contains(httpFrom, peer => peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"]?.GetValue<string>() == "portal");
        }
        foreach (var budget in docs.Where(d => Kind(d) == "PodDisruptionBudget"))
            Assert.Single(deployments, d => Selects(budget["spec"]!["selector"]!["matchLabels"]!.AsObject(), Labels(d)));
        foreach (var autoscaler in docs.Where(d => Kind(d) == "HorizontalPodAutoscaler"))
        {
            var target = autoscaler["spec"]!["scaleTargetRef"]!;
            var deployment = Assert.Single(deployments, d => Name(d) == target["name"]!.GetValue<string>());
            Assert.Null(deployment["spec"]!["replicas"]); // the autoscaler owns the replica count
            Assert.NotNull(PodSpec(deployment)["containers"]![0]!["resources"]!["requests"]!["cpu"]);
        }
        foreach (var job in docs.Where(d => Kind(d) == "Job"))
        {
            var annotations = job["metadata"]!["annotations"]!;
            Assert.Equal("pre-install,pre-upgrade", annotations["helm.sh/hook"]!.GetValue<string>());
            var component = Name(job)["carbon-".Length..^"-migrate".Length];
            var assembly = Topology.Spec(component).AssemblyName;
            var container = Assert.Single(PodSpec(job)["containers"]!.AsArray())!;
            Assert.Equal(["dotnet", $"{assembly}.dll", "--migrate"], container["command"]!.AsArray().Select(c => c!.GetValue<string>()));
            Assert.Equal("Never", PodSpec(job)["restartPolicy"]!.GetValue<string>());
            // Same image and configuration as the component's Deployment.
            var deployment = deployments.Single(d => Name(d) == $"carbon-{component}");
            var deploymentContainer = PodSpec(deployment)["containers"]![0]!;
            Assert.Equal(deploymentContainer["image"]!.GetValue<string>(), container["image"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(deploymentContainer["env"], container["env"]));
        }
        foreach (var ingress in docs.Where(d => Kind(d) == "Ingress"))
        {
            var backend = ingress["spec"]!["rules"]![0]!["http"]!["paths"]![0]!["backend"]!["service"]!;
            Assert.Equal("carbon-gateway", backend["name"]!.GetValue<string>());
            Assert.Equal("http", backend["port"]!["name"]!.GetValue<string>());
            Assert.Equal(new Uri(Charts.Str(values["global"]!["publicUrl"])).Host, ingress["spec"]!["rules"]![0]!["host"]!.GetValue<string>());
        }
    }

    [RequiresHelmFact]
    public void Production_identity_reads_its_keys_from_files_of_a_secret_volume()
    {
        var docs = RenderPlatform($"{Charts.Platform}/values-production.yaml");
        var identity = docs.Single(d => Kind(d) == "Deployment" && Name(d) == "carbon-identity");
        var env = Env(PodSpec(identity)["containers"]![0]!.AsObject());
        Assert.Equal("/var/run/secrets/carbon/identity/signing-key.pem", env["Identity__SigningKeyPath"]);
        Assert.Equal("/var/run/secrets/carbon/identity/encryption-key.pem", env["Identity__EncryptionKeyPath"]);
        Assert.Equal("/var/run/secrets/carbon/identity/data-protection.pem", env["Identity__DataProtectionCertificatePath"]);
        var volume = PodSpec(identity)["volumes"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "identity-keys")!;
        Assert.Equal("carbon-identity-keys", volume["secret"]!["secretName"]!.GetValue<string>());
        Assert.Contains(volume["secret"]!["items"]!.AsArray(), i => i!["path"]!.GetValue<string>() == "data-protection.pem");
        Assert.False(env.ContainsKey("Identity__PreviousDataProtectionCertificatePath"));
        Assert.Equal("Production", env["ASPNETCORE_ENVIRONMENT"]);
    }

    [RequiresHelmFact]
    public void A_key_ring_certificate_rotation_mounts_the_previous_certificate_too()
    {
        var docs = HelmCharts.Documents(HelmCharts.Template("carbon-platform",
            [$"{Charts.Platform}/values-production.yaml"], ["components.identity.identityKeys.previousDataProtectionCertificateKey=old-ring.pem"]),
            "carbon-platform rotation");
        var identity = docs.Single(d => Kind(d) == "Deployment" && Name(d) == "carbon-identity");
        var env = Env(PodSpec(identity)["containers"]![0]!.AsObject());
        Assert.Equal("/var/run/secrets/carbon/identity/previous-data-protection.pem", env["Identity__PreviousDataProtectionCertificatePath"]);
        var volume = PodSpec(identity)["volumes"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "identity-keys")!;
        Assert.Contains(volume["secret"]!["items"]!.AsArray(), i => i!["key"]!.GetValue<string>() == "old-ring.pem"
            && i["path"]!.GetValue<string>() == "previous-data-protection.pem");
    }

    [RequiresHelmFact]
    public void Global_database_provider_selects_postgres_for_every_service_and_its_migration_job()
    {
        var docs = HelmCharts.Documents(HelmCharts.Template("carbon-platform",
            [$"{Charts.Platform}/values-production.yaml"], ["global.database.provider=Postgres"]), "carbon-platform postgres");
        var withDatabase = docs.Where(d => Kind(d) is "Deployment" or "Job")
            .Where(d => EnvVars(d).Keys.Any(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal))).ToList();
        Assert.True(withDatabase.Count >= 7, $"{withDatabase.Count} workloads with a database");
        Assert.All(withDatabase, d => Assert.Equal("Postgres", EnvVars(d)["Database__Provider"]["value"]!.GetValue<string>()));
        var byDefault = RenderPlatform($"{Charts.Platform}/values-production.yaml").Where(d => Kind(d) == "Deployment")
            .Select(EnvVars).Where(e => e.ContainsKey("Database__Provider"));
        Assert.All(byDefault, e => Assert.Equal("SqlServer", e["Database__Provider"]["value"]!.GetValue<string>()));
    }

    [RequiresHelmTheory]
    [MemberData(nameof(PlatformProfiles))]
    public void Certification_and_its_migration_job_read_the_webhook_secret_key_from_a_secret_and_no_one_else_does(string profile)
    {
        var docs = RenderPlatform(profile);
        var workloads = docs.Where(d => Kind(d) is "Deployment" or "Job").ToList();
        var certification = workloads.Where(d => Name(d).StartsWith("carbon-certification", StringComparison.Ordinal)).ToList();
        Assert.Contains(certification, d => Kind(d) == "Job");
        foreach (var workload in certification)
        {
            var key = EnvVars(workload)["Webhooks__SecretKey"]["valueFrom"]!["secretKeyRef"]!;
            Assert.Equal(profile.EndsWith("values-dev.yaml", StringComparison.Ordinal) ? "carbon-dev-webhook-key" : "carbon-webhook-key",
                key["name"]!.GetValue<string>());
        }
        foreach (var other in workloads.Except(certification))
            Assert.DoesNotContain("Webhooks__SecretKey", EnvVars(other).Keys);
    }

    [RequiresHelmTheory]
    [MemberData(nameof(PlatformProfiles))]
    public void Rendered_services_each_read_their_own_client_secret_and_identity_reads_them_all(string profile)
    {
        var docs = RenderPlatform(profile);
        var services = docs.Where(d => Kind(d) == "Deployment").Select(d => (Name: Name(d)["carbon-".Length..], Env: EnvVars(d)))
            .Where(d => d.Name is not ("gateway" or "portal")).ToList();
        Assert.Equal(7, services.Count);
        foreach (var (name, env) in services)
        {
            Assert.Equal($"service-{name}", env["Auth__ServiceClient__Id"]["value"]!.GetValue<string>());
            Assert.Equal(name, env["Auth__ServiceClient__Secret"]["valueFrom"]!["secretKeyRef"]!["key"]!.GetValue<string>());
        }
        var identity = services.Single(s => s.Name == "identity").Env;
        foreach (var (name, _) in services)
            Assert.Equal(name, identity[$"Identity__ServiceClients__{name}"]["valueFrom"]!["secretKeyRef"]!["key"]!.GetValue<string>());
        foreach (var other in docs.Where(d => Kind(d) == "Deployment" && Name(d) is "carbon-gateway" or "carbon-portal"))
            Assert.DoesNotContain(EnvVars(other).Keys, k => k.Contains("ServiceClient", StringComparison.Ordinal));
    }

    [RequiresHelmFact]
    public void Evidence_in_object_storage_reaches_activity_data_only_with_its_keys_from_a_Secret()
    {
        var rendered = HelmCharts.Template("carbon-platform", sets:
        [
            "components.activity-data.evidenceStore.s3.serviceUrl=https://oss-cn-hangzhou.aliyuncs.com",
            "components.activity-data.evidenceStore.s3.bucket=carbon-evidence",
            "components.activity-data.evidenceStore.s3.existingSecret=carbon-evidence-s3",
        ]);
        var deployments = HelmCharts.Documents(rendered, "carbon-platform with S3 evidence").Where(d => Kind(d) == "Deployment").ToList();

        var env = EnvVars(deployments.Single(d => Name(d) == "carbon-activity-data"));
        Assert.Equal("https://oss-cn-hangzhou.aliyuncs.com", env["Evidence__S3__ServiceUrl"]["value"]!.GetValue<string>());
        Assert.Equal("carbon-evidence", env["Evidence__S3__Bucket"]["value"]!.GetValue<string>());
        foreach (var (key, secretKey) in new[] { ("Evidence__S3__AccessKey", "access-key"), ("Evidence__S3__SecretKey", "secret-key") })
        {
            Assert.Null(env[key]["value"]);
            Assert.Equal(("carbon-evidence-s3", secretKey), (env[key]["valueFrom"]!["secretKeyRef"]!["name"]!.GetValue<string>(),
                env[key]["valueFrom"]!["secretKeyRef"]!["key"]!.GetValue<string>()));
        }
        Assert.All(deployments.Where(d => Name(d) != "carbon-activity-data"), d => Assert.DoesNotContain(EnvVars(d).Keys, k => k.StartsWith("Evidence__", StringComparison.Ordinal)));
        Assert.DoesNotContain(RenderPlatform("(defaults)").Where(d => Kind(d) == "Deployment"), d => EnvVars(d).ContainsKey("Evidence__S3__ServiceUrl"));
    }

    [RequiresHelmFact]
    public void Streaming_meters_reach_activity_data_with_the_broker_administrator_only_from_a_Secret()
    {
        var rendered = HelmCharts.Template("carbon-platform", sets:
        [
            "components.activity-data.devices.broker.managementUrl=https://rabbitmq.messaging:15671/",
            "components.activity-data.devices.broker.existingSecret=carbon-rabbitmq-admin",
            "components.activity-data.devices.mqttPort=8883",
        ]);
        var deployments = HelmCharts.Documents(rendered, "carbon-platform with streaming meters").Where(d => Kind(d) == "Deployment").ToList();

        var env = EnvVars(deployments.Single(d => Name(d) == "carbon-activity-data"));
        Assert.Equal("https://rabbitmq.messaging:15671/", env["Devices__Broker__ManagementUrl"]["value"]!.GetValue<string>());
        Assert.Equal("8883", env["Devices__Mqtt__Port"]["value"]!.GetValue<string>());
        foreach (var (key, secretKey) in new[] { ("Devices__Broker__Username", "username"), ("Devices__Broker__Password", "password") })
        {
            Assert.Null(env[key]["value"]);
            Assert.Equal(("carbon-rabbitmq-admin", secretKey), (env[key]["valueFrom"]!["secretKeyRef"]!["name"]!.GetValue<string>(),
                env[key]["valueFrom"]!["secretKeyRef"]!["key"]!.GetValue<string>()));
        }
        Assert.All(deployments.Where(d => Name(d) != "carbon-activity-data"), d => Assert.DoesNotContain(EnvVars(d).Keys, k => k.StartsWith("Devices__", StringComparison.Ordinal)));
        // By default no broker is provisioned: devices report over HTTP only.
        Assert.DoesNotContain(RenderPlatform("(defaults)").Where(d => Kind(d) == "Deployment"), d => EnvVars(d).ContainsKey("Devices__Broker__ManagementUrl"));
    }

    private static Dictionary<string, JsonObject> EnvVars(JsonObject workload) =>
        PodSpec(workload)["containers"]![0]!["env"]!.AsArray().Select(e => e!.AsObject())
            .ToDictionary(e => e["name"]!.GetValue<string>(), e => e);

    [RequiresHelmTheory]
    [InlineData("components.identity.identityKeys.existingSecret=", "identityKeys.existingSecret is required in Production")]
    [InlineData("components.certification.webhookSecretKey.existingSecret=", "webhookSecretKey")]
    [InlineData("components.certification.env.Webhooks__SecretKey=x", "is set by the chart")]
    [InlineData("components.identity.env.Identity__DataProtectionCertificatePath=/x", "is set by the chart")]
    [InlineData("components.accounting.env.ConnectionStrings__accounting=x", "is set by the chart")]
    [InlineData("global.env.Messaging__RabbitMq=amqp://x", "is set by the chart")]
    [InlineData("global.publicUrl=https://elsewhere.example.org/", "must be on the ingress host")]
    [InlineData("components.accounting.replcas=3", "replcas")]
    [InlineData("global.database.existingSecret=", "global.database.existingSecret")]
    [InlineData("global.portal.existingSecret=", "global.portal.existingSecret")]
    [InlineData("global.database.provider=MySql", "provider")]
    [InlineData("components.identity.env.Identity__ServiceClients__accounting=x", "is set by the chart")]
    [InlineData("components.activity-data.evidenceStore.s3.serviceUrl=https://oss-cn-hangzhou.aliyuncs.com", "evidenceStore.s3.bucket is required")]
    [InlineData("components.activity-data.env.Devices__Broker__Password=x", "is set by the chart")]
    [InlineData("components.activity-data.env.Evidence__S3__SecretKey=x", "is set by the chart")]
    [InlineData("components.accounting.env.Auth__ServiceClient__Secret=x", "is set by the chart")]
    public void Helm_refuses_unsafe_or_unknown_values(string set, string expected)
    {
        var rendered = HelmCharts.Template("carbon-platform", sets: [set]);
        Assert.NotEqual(0, rendered.ExitCode);
        Assert.Contains(expected, rendered.Output);
    }

    [RequiresHelmFact]
    public void Dev_infra_renders_the_secrets_and_servers_the_dev_profile_needs()
    {
        var docs = HelmCharts.Documents(HelmCharts.Template("carbon-dev-infra", release: "carbon-dev"), "carbon-dev-infra");
        var infra = Charts.DefaultValues(Charts.DevInfra);
        AssertUnique(docs);
        var database = docs.Single(d => Kind(d) == "Secret" && Name(d) == Charts.Str(infra["secrets"]!["database"]));
        foreach (var service in infra["services"]!.AsArray().Select(s => s!.GetValue<string>()))
            Assert.Contains("Server=carbon-dev-sqlserver,1433;", database["stringData"]![service]!.GetValue<string>());
        var messaging = docs.Single(d => Kind(d) == "Secret" && Name(d) == Charts.Str(infra["secrets"]!["messaging"]));
        Assert.Matches("^amqp://carbon:[^@]+@carbon-dev-rabbitmq:5672/$", messaging["stringData"]!["url"]!.GetValue<string>());
        var portal = docs.Single(d => Kind(d) == "Secret" && Name(d) == Charts.Str(infra["secrets"]!["portal"]));
        Assert.True(portal["stringData"]!["client-secret"]!.GetValue<string>().Length >= 32); // the identity service's minimum in Production
        var serviceClients = docs.Single(d => Kind(d) == "Secret" && Name(d) == Charts.Str(infra["secrets"]!["serviceClients"]));
        foreach (var service in infra["services"]!.AsArray().Select(s => s!.GetValue<string>()))
            Assert.True(serviceClients["stringData"]![service]!.GetValue<string>().Length >= 32);
        var webhookKey = docs.Single(d => Kind(d) == "Secret" && Name(d) == Charts.Str(infra["secrets"]!["webhookKey"]));
        Assert.Equal(32, Convert.FromBase64String(webhookKey["stringData"]!["key"]!.GetValue<string>()).Length);
        Assert.Contains(docs, d => Kind(d) == "Service" && Name(d) == "carbon-dev-sqlserver");
        Assert.Contains(docs, d => Kind(d) == "Service" && Name(d) == "carbon-dev-rabbitmq");
    }

    [RequiresHelmFact]
    public void Dev_infra_enables_rabbitmqs_mqtt_plugin_and_exposes_its_port_with_anonymous_mqtt_off()
    {
        var docs = HelmCharts.Documents(HelmCharts.Template("carbon-dev-infra", release: "carbon-dev"), "carbon-dev-infra");

        var plugins = docs.Single(d => Kind(d) == "ConfigMap" && Name(d) == "carbon-dev-rabbitmq-plugins")["data"]!;
        Assert.Contains("rabbitmq_mqtt", plugins["enabled_plugins"]!.GetValue<string>());
        Assert.Contains("rabbitmq_management", plugins["enabled_plugins"]!.GetValue<string>());
        Assert.Contains("mqtt.allow_anonymous = false", plugins["mqtt.conf"]!.GetValue<string>());
        var service = docs.Single(d => Kind(d) == "Service" && Name(d) == "carbon-dev-rabbitmq");
        Assert.Contains(service["spec"]!["ports"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "mqtt" && p["port"]!.GetValue<int>() == 1883);
        var mounts = docs.Single(d => Kind(d) == "Deployment" && Name(d) == "carbon-dev-rabbitmq")["spec"]!["template"]!["spec"]!["containers"]![0]!["volumeMounts"]!.AsArray();
        Assert.Contains(mounts, m => m!["mountPath"]!.GetValue<string>() == "/etc/rabbitmq/enabled_plugins");
    }

    [RequiresHelmAndClusterFact]
    public void Kubectl_accepts_every_rendered_manifest()
    {
        var renders = PlatformProfiles.Select(p => (string)p[0])
            .Select(p => HelmCharts.Template("carbon-platform", p == "(defaults)" ? [] : [p]))
            .Append(HelmCharts.Template("carbon-dev-infra", release: "carbon-dev"));
        foreach (var rendered in renders)
        {
            Assert.True(rendered.ExitCode == 0, rendered.Output);
            var apply = Tools.Run(Tools.Kubectl!, ["apply", "--dry-run=client", "-f", "-"], stdin: rendered.Stdout, timeoutSeconds: 120);
            Assert.True(apply.ExitCode == 0, apply.Output);
        }
    }

    private static void AssertUnique(List<JsonObject> docs)
    {
        var duplicates = docs.GroupBy(d => $"{Kind(d)}/{Name(d)}").Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "rendered twice: " + string.Join(", ", duplicates));
    }

    private static string Kind(JsonObject d) => d["kind"]!.GetValue<string>();

    private static string Name(JsonObject d) => d["metadata"]!["name"]!.GetValue<string>();

    private static JsonObject PodSpec(JsonObject workload) => workload["spec"]!["template"]!["spec"]!.AsObject();

    private static JsonObject Labels(JsonObject workload) => workload["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

    private static bool Selects(JsonObject selector, JsonObject labels) =>
        selector.All(s => labels[s.Key]?.GetValue<string>() == s.Value!.GetValue<string>());

    private static Dictionary<string, string> Env(JsonObject container) => container["env"]!.AsArray()
        .Where(e => e!["value"] is not null)
        .ToDictionary(e => e!["name"]!.GetValue<string>(), e => e!["value"]!.GetValue<string>());

    private static (string Path, string Port) Probe(JsonObject container, string probe) =>
        (container[probe]!["httpGet"]!["path"]!.GetValue<string>(), container[probe]!["httpGet"]!["port"]!.GetValue<string>());
}
