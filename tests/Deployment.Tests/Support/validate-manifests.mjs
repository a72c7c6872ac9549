// Validates Kubernetes objects against the Kubernetes API's JSON schemas, as shipped by the npm packages
// kubernetes-models (core API, generated from Kubernetes' OpenAPI) and @kubernetes-models/prometheus-operator
// (PodMonitor, PrometheusRule). Types, formats, enums and required fields are checked; unknown fields are not.
// Usage: node validate-manifests.mjs <node_modules folder>  < [objects as a JSON array]
// Prints a JSON array: one {kind, name, error} per object (error null when valid).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const modules = process.argv[2];
const objects = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const o of objects) {
  const [group, version] = o.apiVersion.includes("/") ? o.apiVersion.split("/") : ["", o.apiVersion];
  const file = group === "monitoring.coreos.com"
    ? join(modules, "@kubernetes-models", "prometheus-operator", group, version, o.kind + ".js")
    : join(modules, "kubernetes-models", ...(group ? [group] : []), version, o.kind + ".js");
  let error = null;
  try {
    const model = (await import(pathToFileURL(file).href))[o.kind];
    new model(o).validate();
  } catch (e) {
    error = e.code === "ERR_MODULE_NOT_FOUND" ? `no schema for ${o.apiVersion} ${o.kind}` : String(e.message ?? e);
  }
  results.push({ kind: o.kind, name: o.metadata?.name ?? null, error });
}
process.stdout.write(JSON.stringify(results));
