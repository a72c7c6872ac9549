{{/*
The settings of one component's process, as environment variables: the same keys the local launcher sets
(launcher/Carbon.Launcher/ServiceEnvironment.cs), with cluster addresses instead of loopback ones.
Connection strings and the broker URL come ONLY from existing Secrets (secretKeyRef), never from values.
Used by the Deployment and by the migration Job, so that `--migrate` starts with the same configuration.
*/}}
{{- define "carbon-lib.env" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $c := .c -}}
{{- $g := $root.Values.global -}}
{{- include "carbon-lib.checkEnv" (dict "name" $name "env" $c.env) -}}
{{- include "carbon-lib.checkEnv" (dict "name" "global" "env" $g.env) -}}
# In-flight requests and consumers get this long after SIGTERM: less than the pod's terminationGracePeriodSeconds.
- name: Host__ShutdownTimeout
  value: "00:00:25"
- name: ASPNETCORE_ENVIRONMENT
  value: {{ $g.environment | quote }}
- name: Kestrel__Endpoints__Http__Url
  value: {{ printf "http://*:%d" ($c.ports.http | int) | quote }}
- name: Kestrel__Endpoints__Metrics__Url
  value: {{ printf "http://*:%d" ($g.telemetry.metricsPort | int) | quote }}
{{- if $c.ports.grpc }}
- name: Kestrel__Endpoints__Grpc__Url
  value: {{ printf "http://*:%d" ($c.ports.grpc | int) | quote }}
- name: Kestrel__Endpoints__Grpc__Protocols
  value: "Http2"
{{- end }}
- name: Database__DataFolder
  value: "/tmp/data"
{{- if $c.database.enabled }}
- name: Database__Provider
  value: {{ $g.database.provider | default "SqlServer" | quote }}
{{- if $c.migrations.enabled }}
# The migration Job (--migrate) owns the schema and seed data; replicas do not race to migrate at start-up.
- name: Database__MigrateOnStartup
  value: "false"
{{- end }}
- name: {{ printf "ConnectionStrings__%s" $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $c.database.existingSecret | default $g.database.existingSecret | required (printf "%s: global.database.existingSecret (or components.%s.database.existingSecret) must name an existing Secret holding the connection string" $name $name) | quote }}
      key: {{ $c.database.connectionStringKey | default $name | quote }}
{{- end }}
{{- if $c.messaging.enabled }}
- name: Messaging__RabbitMq
  valueFrom:
    secretKeyRef:
      name: {{ $g.messaging.existingSecret | required "global.messaging.existingSecret must name an existing Secret holding the amqp:// URL of RabbitMQ" | quote }}
      key: {{ $g.messaging.urlKey | quote }}
{{- end }}
- name: Auth__Issuer
  value: {{ include "carbon-lib.issuer" $root | quote }}
- name: Auth__JwksUri
  value: {{ include "carbon-lib.jwksUri" $root | quote }}
{{- if include "carbon-lib.hasServiceClient" (dict "name" $name "c" $c) }}
# This service's own client at the identity service: its gRPC calls carry its token.
- name: Auth__ServiceClient__Id
  value: {{ printf "service-%s" $name | quote }}
- name: Auth__ServiceClient__Secret
  valueFrom:
    secretKeyRef:
      name: {{ include "carbon-lib.serviceClientsSecret" $root | quote }}
      key: {{ $name | quote }}
{{- end }}
{{- if and $c.evidenceStore $c.evidenceStore.s3.serviceUrl }}
{{- $s3 := $c.evidenceStore.s3 }}
# Evidence files in S3-compatible object storage (Aliyun OSS, Tencent COS, Huawei OBS, MinIO): its keys only from a Secret.
- name: Evidence__S3__ServiceUrl
  value: {{ $s3.serviceUrl | quote }}
- name: Evidence__S3__Bucket
  value: {{ $s3.bucket | required (printf "%s: evidenceStore.s3.bucket is required with evidenceStore.s3.serviceUrl" $name) | quote }}
- name: Evidence__S3__Prefix
  value: {{ $s3.prefix | quote }}
{{- if $s3.region }}
- name: Evidence__S3__Region
  value: {{ $s3.region | quote }}
{{- end }}
- name: Evidence__S3__AccessKey
  valueFrom:
    secretKeyRef:
      name: {{ $s3.existingSecret | required (printf "%s: evidenceStore.s3.existingSecret must name the Secret holding the object store's keys" $name) | quote }}
      key: {{ $s3.accessKeyKey | quote }}
- name: Evidence__S3__SecretKey
  valueFrom:
    secretKeyRef:
      name: {{ $s3.existingSecret | quote }}
      key: {{ $s3.secretKeyKey | quote }}
{{- end }}
{{- if and $c.devices $c.devices.broker.managementUrl }}
{{- $broker := $c.devices.broker }}
# Meters that stream: the broker's management API provisions each device's user; an administrator's keys only from a Secret.
- name: Devices__Broker__ManagementUrl
  value: {{ $broker.managementUrl | quote }}
{{- if $broker.existingSecret }}
- name: Devices__Broker__Username
  valueFrom:
    secretKeyRef:
      name: {{ $broker.existingSecret | quote }}
      key: {{ $broker.usernameKey | quote }}
- name: Devices__Broker__Password
  valueFrom:
    secretKeyRef:
      name: {{ $broker.existingSecret | quote }}
      key: {{ $broker.passwordKey | quote }}
{{- end }}
{{- end }}
{{- if and $c.devices $c.devices.mqttPort }}
- name: Devices__Mqtt__Port
  value: {{ $c.devices.mqttPort | quote }}
{{- end }}
{{- if $c.webhookSecretKey }}
{{- if $c.webhookSecretKey.existingSecret }}
- name: Webhooks__SecretKey
  valueFrom:
    secretKeyRef:
      name: {{ $c.webhookSecretKey.existingSecret | quote }}
      key: {{ $c.webhookSecretKey.key | quote }}
{{- else }}
{{- fail (printf "%s: webhookSecretKey.existingSecret is required (every replica and the migration Job must share the key webhook secrets are sealed with)" $name) }}
{{- end }}
{{- end }}
{{- if $c.identityKeys }}
- name: Identity__Issuer
  value: {{ include "carbon-lib.issuer" $root | quote }}
{{- if $c.identityKeys.existingSecret }}
- name: Identity__SigningKeyPath
  value: "/var/run/secrets/carbon/identity/signing-key.pem"
- name: Identity__EncryptionKeyPath
  value: "/var/run/secrets/carbon/identity/encryption-key.pem"
- name: Identity__DataProtectionCertificatePath
  value: "/var/run/secrets/carbon/identity/data-protection.pem"
{{- if $c.identityKeys.previousDataProtectionCertificateKey }}
- name: Identity__PreviousDataProtectionCertificatePath
  value: "/var/run/secrets/carbon/identity/previous-data-protection.pem"
{{- end }}
{{- if $c.identityKeys.nextSigningKeyKey }}
- name: Identity__NextSigningKeyPath
  value: "/var/run/secrets/carbon/identity/next-signing-key.pem"
{{- end }}
{{- if $c.identityKeys.previousSigningKeyKey }}
- name: Identity__PreviousSigningKeyPath
  value: "/var/run/secrets/carbon/identity/previous-signing-key.pem"
{{- end }}
{{- else if eq $g.environment "Production" }}
{{- fail (printf "%s: identityKeys.existingSecret is required in Production (the identity service never uses development keys there)" $name) }}
{{- end }}
# The platform services' clients for their gRPC calls, created or updated at start-up (key = service name).
{{- range $other, $oc := $root.Values.components }}
{{- if include "carbon-lib.hasServiceClient" (dict "name" $other "c" $oc) }}
- name: {{ printf "Identity__ServiceClients__%s" $other }}
  valueFrom:
    secretKeyRef:
      name: {{ include "carbon-lib.serviceClientsSecret" $root | quote }}
      key: {{ $other | quote }}
{{- end }}
{{- end }}
{{- $portal := index $root.Values.components "portal" | default dict }}
{{- if $portal.enabled }}
# The portal's OIDC client, created or updated at start-up: its secret and where it may send people back to.
- name: Identity__Portal__ClientSecret
  valueFrom:
    secretKeyRef:
      name: {{ include "carbon-lib.portalSecret" $root | quote }}
      key: {{ $g.portal.clientSecretKey | quote }}
- name: Identity__Portal__RedirectUris
  value: {{ printf "%ssignin-oidc" (include "carbon-lib.issuer" $root) | quote }}
- name: Identity__Portal__PostLogoutRedirectUris
  value: {{ printf "%ssignout-callback-oidc" (include "carbon-lib.issuer" $root) | quote }}
{{- end }}
{{- end }}
{{- if eq $name "portal" }}
{{- $gateway := index $root.Values.components "gateway" | default dict }}
{{- if not $gateway.enabled }}
{{- fail "components.portal needs components.gateway: it calls the API through the gateway" }}
{{- end }}
# The issuer is the public URL (people's browsers go there to sign in); its metadata is read on the identity
# service's inside address. The token endpoint and key set named in that metadata are on the public URL, so the
# portal's pods must be able to reach the public URL too (egress is not restricted by the chart).
- name: Portal__Issuer
  value: {{ include "carbon-lib.issuer" $root | quote }}
- name: Portal__MetadataAddress
  value: {{ include "carbon-lib.identityMetadataAddress" $root | quote }}
- name: Portal__Gateway
  value: {{ printf "http://%s:%d" (include "carbon-lib.serviceHost" (dict "root" $root "name" "gateway")) ($gateway.ports.http | int) | quote }}
- name: Portal__ClientSecret
  valueFrom:
    secretKeyRef:
      name: {{ include "carbon-lib.portalSecret" $root | quote }}
      key: {{ $g.portal.clientSecretKey | quote }}
- name: Portal__DraftFolder
  value: "/tmp/drafts"
{{- end }}
{{- range $other, $oc := $root.Values.components }}
{{- if and $oc.enabled (eq $oc.role "service") }}
{{- $host := include "carbon-lib.serviceHost" (dict "root" $root "name" $other) }}
- name: {{ printf "Services__%s__Http" $oc.configName }}
  value: {{ printf "http://%s:%d" $host ($oc.ports.http | int) | quote }}
{{- if $oc.ports.grpc }}
- name: {{ printf "Services__%s__Grpc" $oc.configName }}
  value: {{ printf "http://%s:%d" $host ($oc.ports.grpc | int) | quote }}
{{- end }}
{{- if eq $c.role "gateway" }}
- name: {{ printf "ReverseProxy__Clusters__%s__Destinations__primary__Address" $other }}
  value: {{ printf "http://%s:%d/" $host ($oc.ports.http | int) | quote }}
{{- end }}
{{- end }}
{{- end }}
- name: Logging__LogLevel__Default
  value: {{ $g.logLevel | quote }}
- name: Logging__LogLevel__Microsoft.AspNetCore
  value: "Warning"
- name: Logging__LogLevel__Microsoft.EntityFrameworkCore
  value: "Warning"
{{- with $g.telemetry.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- range $key, $value := $g.env }}
{{- if not (hasKey $c.env $key) }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end }}
{{- range $key, $value := $c.env }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}
