{{/*
Every object of one component, separated by "---". Context: (dict "root" $ "name" <key> "c" <entry>).
*/}}
{{- define "carbon-lib.component" -}}
{{- $root := .root -}}
{{- $c := .c -}}
{{- include "carbon-lib.serviceAccount" . }}
---
{{ include "carbon-lib.deployment" . }}
---
{{ include "carbon-lib.service" . }}
{{- if $c.podDisruptionBudget.enabled }}
---
{{ include "carbon-lib.podDisruptionBudget" . }}
{{- end }}
{{- if $c.autoscaling.enabled }}
---
{{ include "carbon-lib.horizontalPodAutoscaler" . }}
{{- end }}
{{- if $root.Values.global.networkPolicy.enabled }}
---
{{ include "carbon-lib.networkPolicy" . }}
{{- end }}
{{- if and $c.database.enabled $c.migrations.enabled }}
---
{{ include "carbon-lib.migrationJob" . }}
{{- end }}
{{- end -}}
