{{/*
Ingress NetworkPolicy of one component (egress is left open: SQL Server and RabbitMQ are external and their
addresses are the operator's):
  - port "http": from the gateway's pods only (role service); from the ingress controller (role gateway);
    plus every platform pod where httpFromPlatform is set (identity: services read its key set, JWKS);
    plus the pods of the components named in httpFromComponents (the gateway: the portal calls the API);
  - port "grpc": from this release's platform pods only;
  - the Dapr sidecar's internal gRPC port, from platform pods, when the component has a Dapr sidecar;
  - port "metrics" (/metrics): from global.telemetry.metricsPeers only (the monitoring namespace), never the gateway.
Kubelet probes come from the node and are not subject to NetworkPolicy on the common CNIs (Calico, Cilium).
*/}}
{{- define "carbon-lib.networkPolicy" -}}
{{- $root := .root -}}
{{- $c := .c -}}
{{- $np := $root.Values.global.networkPolicy -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "carbon-lib.fullname" . }}
  labels:
    {{- include "carbon-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "carbon-lib.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
  ingress:
    - ports:
        - port: http
          protocol: TCP
      {{- if and (eq $c.role "gateway") (not $np.ingressControllerPeers) }}
      # No ingressControllerPeers: the gateway's HTTP port is open to every source.
      {{- else }}
      from:
        {{- if eq $c.role "gateway" }}
        {{- toYaml $np.ingressControllerPeers | nindent 8 }}
        {{- else }}
        - podSelector:
            matchLabels:
              {{- include "carbon-lib.selectorLabels" (dict "root" $root "name" "gateway") | nindent 14 }}
        {{- end }}
        {{- if $c.networkPolicy.httpFromPlatform }}
        - podSelector:
            matchLabels:
              {{- include "carbon-lib.platformSelectorLabels" . | nindent 14 }}
        {{- end }}
        {{- range $peer := $c.networkPolicy.httpFromComponents }}
        {{- if not (hasKey $root.Values.components $peer) }}
        {{- fail (printf "networkPolicy.httpFromComponents: %q is not a component" $peer) }}
        {{- end }}
        {{- if (index $root.Values.components $peer).enabled }}
        - podSelector:
            matchLabels:
              {{- include "carbon-lib.selectorLabels" (dict "root" $root "name" $peer) | nindent 14 }}
        {{- end }}
        {{- end }}
        {{- with $np.extraHttpPeers }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- end }}
    {{- if $c.ports.grpc }}
    - ports:
        - port: grpc
          protocol: TCP
      from:
        - podSelector:
            matchLabels:
              {{- include "carbon-lib.platformSelectorLabels" . | nindent 14 }}
    {{- end }}
    {{- with $root.Values.global.telemetry.metricsPeers }}
    - ports:
        - port: metrics
          protocol: TCP
      from:
        {{- toYaml . | nindent 8 }}
    {{- end }}
    {{- if $c.dapr.enabled }}
    - ports:
        - port: {{ $root.Values.global.dapr.internalGrpcPort | int }}
          protocol: TCP
      from:
        - podSelector:
            matchLabels:
              {{- include "carbon-lib.platformSelectorLabels" . | nindent 14 }}
    {{- end }}
{{- end -}}
