{{- define "carbon-lib.serviceAccount" -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "carbon-lib.fullname" . }}
  labels:
    {{- include "carbon-lib.labels" . | nindent 4 }}
automountServiceAccountToken: false
{{- end -}}

{{/* ClusterIP Service: port "http" (API, health, the gateway's upstream) and "grpc" (h2c, service to service). */}}
{{- define "carbon-lib.service" -}}
{{- $c := .c -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "carbon-lib.fullname" . }}
  labels:
    {{- include "carbon-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "carbon-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ $c.ports.http | int }}
      targetPort: http
      protocol: TCP
      appProtocol: http
    {{- if $c.ports.grpc }}
    - name: grpc
      port: {{ $c.ports.grpc | int }}
      targetPort: grpc
      protocol: TCP
      appProtocol: kubernetes.io/h2c
    {{- end }}
{{- end -}}
