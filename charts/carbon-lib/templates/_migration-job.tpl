{{/*
Schema migration of one component's SQL Server database, as a Helm hook that runs before the release's
objects are installed or upgraded: `dotnet <assembly>.dll --migrate` applies the EF Core migrations and exits.
Every service implements `--migrate` (DatabaseExtensions.InitializeDatabaseAsync: apply, seed where the service
has seed data, exit 0; an exception exits non-zero). While the Job is enabled the Deployment sets
Database__MigrateOnStartup=false, so replicas never migrate concurrently.
The Job gets the same environment and volumes as the Deployment, so the host builds exactly as it does there.
A failed Job fails the install/upgrade; the failed Job is kept for `kubectl logs` until the next attempt
replaces it (before-hook-creation).
*/}}
{{- define "carbon-lib.migrationJob" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $c := .c -}}
{{- $g := $root.Values.global -}}
{{- $jobName := printf "%s-migrate" (include "carbon-lib.fullname" . | trunc 55 | trimSuffix "-") -}}
{{- $jobContext := dict "root" $root "name" (printf "%s-migrate" $name) "c" $c -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ $jobName }}
  labels:
    {{- include "carbon-lib.labels" $jobContext | nindent 4 }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "0"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: {{ $c.migrations.backoffLimit | int }}
  activeDeadlineSeconds: {{ $c.migrations.activeDeadlineSeconds | int }}
  template:
    metadata:
      labels:
        {{- include "carbon-lib.labels" $jobContext | nindent 8 }}
    spec:
      restartPolicy: Never
      automountServiceAccountToken: false
      enableServiceLinks: false
      {{- with $g.image.pullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- include "carbon-lib.podSecurityContext" . | nindent 8 }}
      containers:
        - name: migrate
          image: {{ include "carbon-lib.image" . | quote }}
          imagePullPolicy: {{ $g.image.pullPolicy }}
          command:
            - dotnet
            - {{ printf "%s.dll" $c.assembly | quote }}
            - --migrate
          env:
            {{- include "carbon-lib.env" . | nindent 12 }}
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          securityContext:
            {{- include "carbon-lib.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            {{- include "carbon-lib.volumeMounts" . | nindent 12 }}
      volumes:
        {{- include "carbon-lib.volumes" . | nindent 8 }}
      {{- with $g.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $g.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}
