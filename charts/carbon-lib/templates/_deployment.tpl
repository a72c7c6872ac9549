{{/*
Deployment of one component: one container, HTTP (API and health) on ports.http, gRPC (HTTP/2 only) on
ports.grpc when the component serves gRPC. Probes: startup and liveness on /health/live (no dependency
checks), readiness on /health/ready (database and broker). Non-root, read-only root filesystem, no
capabilities; /tmp is an emptyDir.
*/}}
{{- define "carbon-lib.deployment" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $c := .c -}}
{{- $g := $root.Values.global -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "carbon-lib.fullname" . }}
  labels:
    {{- include "carbon-lib.labels" . | nindent 4 }}
spec:
  {{- if not $c.autoscaling.enabled }}
  replicas: {{ $c.replicas | int }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "carbon-lib.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "carbon-lib.labels" . | nindent 8 }}
      {{- if or $c.dapr.enabled $g.podAnnotations }}
      annotations:
        {{- with $g.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
        {{- if $c.dapr.enabled }}
        dapr.io/enabled: "true"
        dapr.io/app-id: {{ $c.dapr.appId | default $name | quote }}
        dapr.io/app-port: {{ $c.ports.http | int | quote }}
        dapr.io/app-protocol: "http"
        dapr.io/enable-app-health-check: "true"
        dapr.io/app-health-check-path: "/health/ready"
        {{- with $g.dapr.config }}
        dapr.io/config: {{ . | quote }}
        {{- end }}
        {{- end }}
      {{- end }}
    spec:
      serviceAccountName: {{ include "carbon-lib.fullname" . }}
      automountServiceAccountToken: false
      enableServiceLinks: false
      terminationGracePeriodSeconds: 30
      {{- with $g.image.pullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- include "carbon-lib.podSecurityContext" . | nindent 8 }}
      containers:
        - name: {{ $name }}
          image: {{ include "carbon-lib.image" . | quote }}
          imagePullPolicy: {{ $g.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $c.ports.http | int }}
              protocol: TCP
            {{- if $c.ports.grpc }}
            - name: grpc
              containerPort: {{ $c.ports.grpc | int }}
              protocol: TCP
            {{- end }}
            - name: metrics
              containerPort: {{ $g.telemetry.metricsPort | int }}
              protocol: TCP
          env:
            {{- include "carbon-lib.env" . | nindent 12 }}
          startupProbe:
            httpGet:
              path: /health/live
              port: http
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: {{ $c.probes.startupFailureThreshold | int }}
          livenessProbe:
            httpGet:
              path: /health/live
              port: http
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /health/ready
              port: http
            periodSeconds: 10
            timeoutSeconds: {{ $c.probes.readinessTimeoutSeconds | int }}
            failureThreshold: 3
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          securityContext:
            {{- include "carbon-lib.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            {{- include "carbon-lib.volumeMounts" . | nindent 12 }}
      volumes:
        {{- include "carbon-lib.volumes" . | nindent 8 }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "carbon-lib.selectorLabels" . | nindent 14 }}
      {{- with $g.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $g.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}
