{{/*
carbon-lib helpers. Every component template takes one context:
  (dict "root" $ "name" <component key> "c" <component values>)
so that `.root` is the chart's top-level context, `.name` the component's name (e.g. "park-registry", which
is also the service's name for its connection string and the gateway's cluster id) and `.c` its entry under
`.Values.components`. Inside the templates `$root`, `$name` and `$c` always mean these three
(tests/Deployment.Tests relies on that naming to check every `$c.x.y` against the component schema).
*/}}

{{/* <release>-<component>, at most 63 characters. */}}
{{- define "carbon-lib.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The same for another component: (dict "root" $root "name" <other>). */}}
{{- define "carbon-lib.serviceHost" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "carbon-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Pods of this release's platform (services, gateway, migration jobs): the peers NetworkPolicies allow. */}}
{{- define "carbon-lib.platformSelectorLabels" -}}
app.kubernetes.io/part-of: carbon-platform
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "carbon-lib.labels" -}}
{{ include "carbon-lib.selectorLabels" . }}
app.kubernetes.io/component: {{ .name }}
app.kubernetes.io/part-of: carbon-platform
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 }}
{{- end -}}

{{/* [registry/]repository:tag — the tag defaults to the chart's appVersion; skaffold sets "tag@digest". */}}
{{- define "carbon-lib.image" -}}
{{- $root := .root -}}
{{- $c := .c -}}
{{- $registry := $root.Values.global.image.registry -}}
{{- $tag := $c.image.tag | default $root.Chart.AppVersion -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" $registry) $c.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" $c.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* The public issuer: the gateway's public URL with exactly one trailing slash. */}}
{{- define "carbon-lib.issuer" -}}
{{- $url := required "global.publicUrl is required (the gateway's public URL, e.g. https://carbon.example.com/)" .Values.global.publicUrl -}}
{{- printf "%s/" (trimSuffix "/" $url) -}}
{{- end -}}

{{/* The identity service's key set, inside the cluster (services never go through the public URL for it). */}}
{{- define "carbon-lib.jwksUri" -}}
{{- $identity := index .Values.components "identity" | default dict -}}
{{- if not $identity.enabled -}}
{{- fail "components.identity must be enabled: every service validates tokens against its key set" -}}
{{- end -}}
{{- printf "http://%s:%v/.well-known/jwks" (include "carbon-lib.serviceHost" (dict "root" . "name" "identity")) $identity.ports.http -}}
{{- end -}}

{{/* The identity service's OpenID Connect metadata, inside the cluster (the portal reads it there). */}}
{{- define "carbon-lib.identityMetadataAddress" -}}
{{- $identity := index .Values.components "identity" | default dict -}}
{{- printf "http://%s:%v/.well-known/openid-configuration" (include "carbon-lib.serviceHost" (dict "root" . "name" "identity")) $identity.ports.http -}}
{{- end -}}

{{/* The Secret with the portal's OIDC client secret (identity and portal read it). */}}
{{- define "carbon-lib.portalSecret" -}}
{{- .Values.global.portal.existingSecret | required "global.portal.existingSecret must name an existing Secret holding the portal's OIDC client secret (components.portal is enabled)" -}}
{{- end -}}

{{- define "carbon-lib.podSecurityContext" -}}
{{- $sc := .root.Values.global.securityContext -}}
runAsNonRoot: true
runAsUser: {{ $sc.runAsUser | int }}
runAsGroup: {{ $sc.runAsGroup | int }}
fsGroup: {{ $sc.runAsGroup | int }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "carbon-lib.containerSecurityContext" -}}
allowPrivilegeEscalation: false
privileged: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop:
    - ALL
{{- end -}}

{{/* The Secret with each platform service's client secret at the identity service (key = service name). */}}
{{- define "carbon-lib.serviceClientsSecret" -}}
{{- .Values.global.serviceClients.existingSecret | required "global.serviceClients.existingSecret must name an existing Secret holding each service's client secret (key = service name)" -}}
{{- end -}}

{{/* "true" for the components with a client at the identity service for their gRPC calls: the services but the portal. */}}
{{- define "carbon-lib.hasServiceClient" -}}
{{- if and .c.enabled (eq .c.role "service") (ne .name "portal") }}true{{ end -}}
{{- end -}}

{{/* Keys the chart sets itself: in an `env` map they would bypass the Secrets, fight the chart or duplicate an entry. */}}
{{- define "carbon-lib.checkEnv" -}}
{{- $name := .name -}}
{{- range $key, $value := .env -}}
{{- range $prefix := list "ConnectionStrings__" "Messaging__RabbitMq" "Kestrel__" "Database__" "Auth__" "Identity__Issuer" "Identity__SigningKeyPath" "Identity__NextSigningKeyPath" "Identity__PreviousSigningKeyPath" "Identity__EncryptionKeyPath" "Identity__DataProtectionCertificatePath" "Identity__PreviousDataProtectionCertificatePath" "Identity__Portal__" "Identity__ServiceClients__" "Portal__Issuer" "Portal__MetadataAddress" "Portal__Gateway" "Portal__ClientSecret" "Portal__DraftFolder" "Webhooks__SecretKey" "Evidence__S3__" "Devices__Broker__" "Devices__Mqtt__Port" "Services__" "ReverseProxy__Clusters__" "ASPNETCORE_ENVIRONMENT" "Logging__LogLevel__Default" "Logging__LogLevel__Microsoft.AspNetCore" "Logging__LogLevel__Microsoft.EntityFrameworkCore" "OTEL_EXPORTER_OTLP_ENDPOINT" -}}
{{- if hasPrefix $prefix $key -}}
{{- fail (printf "%s: env key %q is set by the chart (secrets only through existingSecret); remove it from env" $name $key) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Volumes every component pod has: a writable /tmp (the root filesystem is read-only) and the identity keys. */}}
{{- define "carbon-lib.volumes" -}}
{{- $root := .root -}}
{{- $c := .c -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ $root.Values.global.tmpVolumeSizeLimit | quote }}
{{- if and $c.identityKeys $c.identityKeys.existingSecret }}
- name: identity-keys
  secret:
    secretName: {{ $c.identityKeys.existingSecret | quote }}
    defaultMode: 0440
    items:
      - key: {{ $c.identityKeys.signingKeyKey | quote }}
        path: signing-key.pem
      - key: {{ $c.identityKeys.encryptionKeyKey | quote }}
        path: encryption-key.pem
      - key: {{ $c.identityKeys.dataProtectionCertificateKey | quote }}
        path: data-protection.pem
      {{- if $c.identityKeys.previousDataProtectionCertificateKey }}
      - key: {{ $c.identityKeys.previousDataProtectionCertificateKey | quote }}
        path: previous-data-protection.pem
      {{- end }}
      {{- if $c.identityKeys.nextSigningKeyKey }}
      - key: {{ $c.identityKeys.nextSigningKeyKey | quote }}
        path: next-signing-key.pem
      {{- end }}
      {{- if $c.identityKeys.previousSigningKeyKey }}
      - key: {{ $c.identityKeys.previousSigningKeyKey | quote }}
        path: previous-signing-key.pem
      {{- end }}
{{- end }}
{{- end -}}

{{- define "carbon-lib.volumeMounts" -}}
{{- $c := .c -}}
- name: tmp
  mountPath: /tmp
{{- if and $c.identityKeys $c.identityKeys.existingSecret }}
- name: identity-keys
  mountPath: /var/run/secrets/carbon/identity
  readOnly: true
{{- end }}
{{- end -}}
