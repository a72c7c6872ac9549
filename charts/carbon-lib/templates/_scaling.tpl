{{/* PodDisruptionBudget: voluntary evictions (node drains, upgrades) never take more than maxUnavailable pods at once. */}}
{{- define "carbon-lib.podDisruptionBudget" -}}
{{- $c := .c -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "carbon-lib.fullname" . }}
  labels:
    {{- include "carbon-lib.labels" . | nindent 4 }}
spec:
  maxUnavailable: {{ $c.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
      {{- include "carbon-lib.selectorLabels" . | nindent 6 }}
{{- end -}}

{{/* HorizontalPodAutoscaler on CPU utilisation (relative to resources.requests.cpu, which must be set). */}}
{{- define "carbon-lib.horizontalPodAutoscaler" -}}
{{- $name := .name -}}
{{- $c := .c -}}
{{- if not (and $c.resources.requests $c.resources.requests.cpu) -}}
{{- fail (printf "%s: autoscaling needs resources.requests.cpu" $name) -}}
{{- end -}}
{{- if gt ($c.autoscaling.minReplicas | int) ($c.autoscaling.maxReplicas | int) -}}
{{- fail (printf "%s: autoscaling.minReplicas is above maxReplicas" $name) -}}
{{- end -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "carbon-lib.fullname" . }}
  labels:
    {{- include "carbon-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "carbon-lib.fullname" . }}
  minReplicas: {{ $c.autoscaling.minReplicas | int }}
  maxReplicas: {{ $c.autoscaling.maxReplicas | int }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $c.autoscaling.targetCPUUtilizationPercentage | int }}
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
{{- end -}}
