{{/* A password kept across upgrades: read back from the Secret if it exists, otherwise generated. */}}
{{- define "carbon-dev-infra.password" -}}
{{- $existing := lookup "v1" "Secret" .root.Release.Namespace .secret -}}
{{- if and $existing $existing.data (hasKey $existing.data "password") -}}
{{- index $existing.data "password" | b64dec -}}
{{- else -}}
{{- printf "Dev1-%s" (randAlphaNum 24) -}}
{{- end -}}
{{- end -}}

{{- define "carbon-dev-infra.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: carbon-dev-infra
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end -}}
