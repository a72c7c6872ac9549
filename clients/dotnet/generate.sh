#!/usr/bin/env bash
# Regenerates the Kiota client from the checked-in contract (contracts/openapi/v1.json).
#   clients/dotnet/generate.sh            into CarbonPlatform.Client/Generated (commit the result)
#   clients/dotnet/generate.sh DIR        into DIR (the drift test compares DIR with Generated/)
# Kiota is the dotnet tool pinned in .config/dotnet-tools.json. It runs offline: no update check, no telemetry.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-$ROOT/clients/dotnet/CarbonPlatform.Client/Generated}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore > /dev/null
# KIOTA_OFFLINE_ENABLED turns off the check for a newer release; Telemetry__* keep the tool's host from exporting
# usage data; neither changes the code generated. JSON and multipart/form-data are the structured formats: the evidence
# upload is a form (MultipartBody, its file field a stream with its media type); other files (CSV, XLSX imports) are
# sent as streams with their media type.
KIOTA_OFFLINE_ENABLED=true KIOTA_TUTORIAL_ENABLED=false Telemetry__Disabled=true Telemetry__OptOut=true \
  dotnet kiota generate --language CSharp --openapi contracts/openapi/v1.json \
    --class-name CarbonApiClient --namespace-name CarbonPlatform.Client --output "$OUT" \
    --exclude-backward-compatible --clean-output --log-level Error --structured-mime-types application/json --structured-mime-types multipart/form-data
# Kiota's log of the run and the description's place relative to the output folder are not part of the client: the
# lock file names the checked-in folder's view of the contract whatever the output folder was.
rm -f "$OUT/.kiota.log"
sed -i 's|"descriptionLocation": "[^"]*"|"descriptionLocation": "../../../../contracts/openapi/v1.json"|' "$OUT/kiota-lock.json"
