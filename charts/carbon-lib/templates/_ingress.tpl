{{/*
Ingress to the gateway (the only component reachable from outside). TLS ends at the ingress; the gateway's
public URL (global.publicUrl, also the token issuer) must be this host.
Context: the chart's top-level context.
*/}}
{{- define "carbon-lib.ingress" -}}
{{- $ing := .Values.ingress -}}
{{- $gateway := index .Values.components "gateway" | default dict -}}
{{- if not $gateway.enabled -}}
{{- fail "ingress.enabled needs components.gateway.enabled" -}}
{{- end -}}
{{- $public := urlParse (include "carbon-lib.issuer" .) -}}
{{- if ne (index $public "hostname") $ing.host -}}
{{- fail (printf "global.publicUrl (%s) must be on the ingress host %s: it is the token issuer callers see" .Values.global.publicUrl $ing.host) -}}
{{- end -}}
{{- if hasKey ($ing.annotations | default dict) "nginx.ingress.kubernetes.io/proxy-body-size" -}}
{{- fail "set ingress.maxBodySize and ingress.bulkUpload.maxBodySize, not a proxy-body-size annotation: the limits are checked against the gateway's" -}}
{{- end -}}
{{- $context := dict "root" . "name" "gateway" "c" $gateway -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "carbon-lib.fullname" $context }}
  labels:
    {{- include "carbon-lib.labels" $context | nindent 4 }}
  annotations:
    {{- with $ing.annotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
    nginx.ingress.kubernetes.io/proxy-body-size: {{ $ing.maxBodySize | required "ingress.maxBodySize" | quote }}
spec:
  {{- with $ing.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if $ing.tls.enabled }}
  tls:
    - hosts:
        - {{ $ing.host | quote }}
      secretName: {{ $ing.tls.secretName | required "ingress.tls.secretName must name the TLS Secret of the host" | quote }}
  {{- end }}
  rules:
    - host: {{ $ing.host | quote }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ include "carbon-lib.fullname" $context }}
                port:
                  name: http
{{- with $ing.bulkUpload }}
{{- if .enabled }}
---
# Bulk uploads (a year of meter readings) only: the large body size, streamed to the gateway as it arrives.
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "carbon-lib.fullname" $context }}-bulk-upload
  labels:
    {{- include "carbon-lib.labels" $context | nindent 4 }}
  annotations:
    {{- with $ing.annotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
    {{- with .annotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
    nginx.ingress.kubernetes.io/use-regex: "true"
    nginx.ingress.kubernetes.io/proxy-body-size: {{ .maxBodySize | required "ingress.bulkUpload.maxBodySize" | quote }}
    nginx.ingress.kubernetes.io/proxy-request-buffering: "off"
spec:
  {{- with $ing.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if $ing.tls.enabled }}
  tls:
    - hosts:
        - {{ $ing.host | quote }}
      secretName: {{ $ing.tls.secretName | quote }}
  {{- end }}
  rules:
    - host: {{ $ing.host | quote }}
      http:
        paths:
          {{- range .paths }}
          - path: {{ . | quote }}
            pathType: ImplementationSpecific
            backend:
              service:
                name: {{ include "carbon-lib.fullname" $context }}
                port:
                  name: http
          {{- end }}
{{- end }}
{{- end }}
{{- end -}}
