# syntax=docker/dockerfile:1
# CarbonPlatform deployable "portal" (CarbonPlatform.Portal).
# Build from the repository root (the build context is the whole repository, filtered by /.dockerignore):
#   docker build -f deploy/docker/portal.Dockerfile -t carbon-portal .
#
# All the deploy/docker/*.Dockerfile files are the same file except for the deployable's name, project,
# assembly, project closure and gRPC port; tests/Deployment.Tests checks that, and that every project this
# one references is copied. Why one file per deployable and not one parameterised file: deploy/README.md,
# section "Container images".
#
# BASE IMAGE DIGESTS: NOT PINNED HERE. The digests could not be resolved where this file was written (no
# registry access). The release pipeline MUST resolve and pass them, e.g.
#   --build-arg SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0-noble@sha256:<digest>
#   --build-arg RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra@sha256:<digest>
# Runtime: Ubuntu chiseled (distroless: no shell, no package manager), "-extra" variant because the projects
# set InvariantGlobalization=false and so need ICU (and tzdata).
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0-noble
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra

# ---- build: on the build platform, for the target architecture (-a $TARGETARCH: amd64 or arm64), so a
# multi-architecture build needs no emulation and each image carries only its architecture's native libraries ----
FROM --platform=$BUILDPLATFORM ${SDK_IMAGE} AS build
ARG TARGETARCH
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORKDIR /src
# Project files first: the restore layer is reused until a project file or a package version changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY services/ServiceDefaults/ServiceDefaults.csproj services/ServiceDefaults/
COPY services/Carbon.Domain/Carbon.Domain.csproj services/Carbon.Domain/
COPY services/BuildingBlocks.Spreadsheets/BuildingBlocks.Spreadsheets.csproj services/BuildingBlocks.Spreadsheets/
COPY contracts/CarbonPlatform.Glossary/CarbonPlatform.Glossary.csproj contracts/CarbonPlatform.Glossary/
COPY services/Portal/Portal.csproj services/Portal/
RUN dotnet restore services/Portal/Portal.csproj -a $TARGETARCH
COPY services/ServiceDefaults/ services/ServiceDefaults/
COPY services/Carbon.Domain/ services/Carbon.Domain/
COPY services/BuildingBlocks.Spreadsheets/ services/BuildingBlocks.Spreadsheets/
COPY contracts/CarbonPlatform.Glossary/ contracts/CarbonPlatform.Glossary/
COPY services/Portal/ services/Portal/
RUN dotnet publish services/Portal/Portal.csproj -a $TARGETARCH -c Release -o /app --no-restore --self-contained false -p:UseAppHost=false

# ---- runtime ----
FROM ${RUNTIME_IMAGE} AS runtime
ARG VERSION=dev
ARG REVISION=unknown
LABEL org.opencontainers.image.title="carbon-portal" \
      org.opencontainers.image.description="CarbonPlatform portal (CarbonPlatform.Portal)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"
# Read-only root filesystem: nothing may be written outside /tmp (an emptyDir in the cluster) and mounted volumes.
#  - ASPNETCORE_HTTP_PORTS is cleared: the ports come from the Kestrel endpoints below (the chart sets them again).
#  - ASPNETCORE_hostBuilder__reloadConfigOnChange=false: no file watchers on appsettings*.json (configuration
#    comes from the environment; each watcher costs an inotify instance, shared by every pod of this UID on a node).
#  - HOME and TMPDIR point at /tmp: the ASP.NET Core data-protection key ring, the diagnostics IPC socket and any
#    library that writes to the home directory land on the writable /tmp volume.
#  - Database__DataFolder=/tmp/data: the SQLite fallback (local runs only) never writes into /app. In a cluster the
#    chart sets Database__Provider=SqlServer and the connection string from a Secret.
# HTTP on 8080 (API, health); this deployable serves no gRPC.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_hostBuilder__reloadConfigOnChange=false \
    HOME=/tmp \
    TMPDIR=/tmp \
    Database__DataFolder=/tmp/data \
    Kestrel__Endpoints__Http__Url=http://*:8080
WORKDIR /app
# Owned by root and not writable by the app user.
COPY --from=build /app/ ./
# The non-root "app" user of the .NET images (APP_UID 1654), numeric so that runAsNonRoot can be verified.
USER 1654:1654
EXPOSE 8080
ENTRYPOINT ["dotnet", "CarbonPlatform.Portal.dll"]
