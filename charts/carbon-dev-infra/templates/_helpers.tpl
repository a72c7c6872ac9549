{{/*
A password kept across upgrades: read back from the Secret if it exists, otherwise generated.
(dict "root" $ "secret" <name>) reads key "password"; optional "key" (another key) and "length" (random part, 24).
*/}}
{{- define "carbon-dev-infra.password" -}}
{{- $key := .key | default "password" -}}
{{- $existing := lookup "v1" "Secret" .root.Release.Namespace .secret -}}
{{- if and $existing $existing.data (hasKey $existing.data $key) -}}
{{- index $existing.data $key | b64dec -}}
{{- else -}}
{{- printf "Dev1-%s" (randAlphaNum (.length | default 24 | int)) -}}
{{- end -}}
{{- end -}}

{{- define "carbon-dev-infra.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: carbon-dev-infra
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end -}}
