using System.Net;
using static CarbonPlatform.EndToEnd.Tests.Security.Caller;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// Every v1 endpoint behind the gateway (services/*/…Endpoints.cs, gateway/Gateway/appsettings.json) and who must be
/// refused there. Park-scoped endpoints answer 404 to whoever may not see the park and 403 to a caller that may read
/// it but not change it; lists answer 200 with only what the caller may see (the matrix checks the body).
/// </summary>
public static class EndpointCatalogue
{
    private const HttpStatusCode Ok = HttpStatusCode.OK, Forbidden = HttpStatusCode.Forbidden, NotFound = HttpStatusCode.NotFound;

    private const string Batch = """
        {"year":2024,"lines":[{"id":"hostile-{unique}","kind":"purchased-electricity","quantity":1,"unit":"MWh"}]}
        """;
    private const string Management = """
        {"P1":true,"P2":1,"P4":true,"P5":true,"L1":1,"L2":6,"L5":true}
        """;
    private const string Calculation = """
        {"method":"cers-2025","year":2024,"regionCode":"320571","lines":[{"id":"grid","kind":"purchased-electricity","quantity":10,"unit":"MWh"}]}
        """;

    public static readonly IReadOnlyList<Endpoint> All =
    [
        // park-registry: organisations, parks, lifecycle, the access log
        Write("park-registry", "POST", "/api/v1/organizations", """{"name":"hostile {unique}","kind":"park-operator","regionCode":"320500"}""")
            .Answering(Callers.Outsiders, Forbidden),
        // A park operator's administrator registers enterprises of its own parks only; nobody else registers one.
        Write("park-registry", "POST", "/api/v1/organizations", """{"name":"hostile {unique}","kind":"enterprise","parkId":"{park}","enterpriseId":"{enterprise}"}""")
            .Answering([OtherRegionAuthority, UnassignedCertificationBody, ParkEnterprise], Forbidden).Answering(OtherTenantOperator, NotFound),
        // Only the park operator's administrator grants its park's enterprise the park's totals (the enterprise itself neither).
        Write("park-registry", "PUT", "/api/v1/organizations/{enterpriseOrg}/grants", """{"parkTotals":true}""")
            .Answering([OtherRegionAuthority, UnassignedCertificationBody, ParkEnterprise], Forbidden).Answering(OtherTenantOperator, NotFound),
        Read("park-registry", "/api/v1/organizations").Answering(Callers.Outsiders, Ok),
        Read("park-registry", "/api/v1/organizations/{operatorOrg}").Answering(Callers.Outsiders, NotFound),
        Write("park-registry", "POST", "/api/v1/parks", """{"name":"hostile {unique}","regionCode":"320571","operatorOrganizationId":"{operatorOrg}"}""")
            .Answering(Callers.Outsiders, Forbidden),
        Read("park-registry", "/api/v1/parks").Answering(Callers.Outsiders, Ok),
        ParkRead("park-registry", "/api/v1/parks/{park}"),
        ParkRead("park-registry", "/api/v1/parks/{park}/lifecycle"),
        ParkWrite("park-registry", "POST", "/api/v1/parks/{park}/lifecycle/moves", """{"to":"building","reason":"hostile"}"""),
        ParkRead("park-registry", "/api/v1/parks/{park}/access-log"),

        // identity: API clients and people, managed by the organisation's administrator only (the token endpoint and keys
        // are public, below). Outsiders are told the organisation does not exist; tenant A's viewer is refused.
        Write("identity", "POST", "/api/v1/organizations/{operatorOrg}/api-clients", """{"name":"hostile {unique}","roles":["operator-admin"]}""")
            .Answering(Callers.Outsiders, NotFound),
        Read("identity", "/api/v1/organizations/{operatorOrg}/api-clients").Answering(Callers.Outsiders, NotFound).Answering(Viewer, Forbidden),
        Write("identity", "DELETE", "/api/v1/organizations/{operatorOrg}/api-clients/{viewerClientId}").Answering(Callers.Outsiders, NotFound),
        Write("identity", "POST", "/api/v1/organizations/{operatorOrg}/people",
            """{"userName":"hostile-{unique}@park.test","displayName":"hostile","roles":["operator-admin","organization-admin"]}""")
            .Answering(Callers.Outsiders, NotFound),
        Read("identity", "/api/v1/organizations/{operatorOrg}/people").Answering(Callers.Outsiders, NotFound).Answering(Viewer, Forbidden),
        Write("identity", "POST", "/api/v1/organizations/{operatorOrg}/people/{person}/disable").Answering(Callers.Outsiders, NotFound),

        // activity-data: records, imports, ledger, periods, evidence, boundary
        // The enterprise writes only lines of its own sources (the batch names none: 403) and lists only those (200).
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/activity-records", Batch).Answering(ParkEnterprise, Forbidden),
        ParkRead("activity-data", "/api/v1/parks/{park}/activity-records?year={year}").Answering(ParkEnterprise, Ok),
        ParkRead("activity-data", "/api/v1/parks/{park}/activity-records/submissions").Answering(ParkEnterprise, Ok),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/activity-records/{submission}/approval", """{"decision":"approve"}"""),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/activity-records/approvals", """{"batchIds":["{submission}"],"decision":"approve"}"""),
        ParkRead("activity-data", "/api/v1/parks/{park}/settings"),
        ParkWrite("activity-data", "PUT", "/api/v1/parks/{park}/settings", """{"approvalRequired":false}"""),
        // The enterprise may import its own sources' lines: it reaches the period check, and tenant A's 2024 is locked (certified).
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/imports?year={year}&dryRun=true", "id,kind,quantity,unit\r\nhostile,purchased-electricity,1,MWh\r\n",
            BodyKind.Csv).Answering(ParkEnterprise, HttpStatusCode.Conflict),
        Read("activity-data", "/api/v1/imports/template.csv"),
        Read("activity-data", "/api/v1/imports/template.xlsx"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/meter-readings?year={year}&dryRun=true", "sourceId,readAt,quantity\r\n",
            BodyKind.Csv),
        Read("activity-data", "/api/v1/meter-readings/template.csv"),
        ParkRead("activity-data", "/api/v1/parks/{park}/ledger?year={year}"),
        ParkRead("activity-data", "/api/v1/parks/{park}/ledger/verification"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/ledger/corrections",
            """{"lineId":"grid","year":2024,"reason":"hostile","line":{"id":"grid","kind":"purchased-electricity","quantity":1,"unit":"MWh"}}"""),
        ParkRead("activity-data", "/api/v1/parks/{park}/ledger/export.csv?year={year}"),
        ParkRead("activity-data", "/api/v1/parks/{park}/ledger/export.xlsx?year={year}"),
        ParkRead("activity-data", "/api/v1/parks/{park}/periods/{year}"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/periods/{year}/submission"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/periods/{year}/lock"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/evidence", "hostile evidence", BodyKind.Multipart),
        ParkRead("activity-data", "/api/v1/parks/{park}/evidence/{evidence}"),
        ParkRead("activity-data", "/api/v1/parks/{park}/evidence/{evidence}/content"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/enterprises", """{"name":"hostile {unique}","keyEnergyUser":false}"""),
        ParkRead("activity-data", "/api/v1/parks/{park}/enterprises"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/emission-sources",
            """{"enterpriseId":"{enterprise}","name":"hostile {unique}","kind":"purchased-electricity","unit":"MWh","metered":true}"""),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/instruments",
            """{"kind":"green-power-trade","vintage":2024,"quantity":1,"certificateNumber":"hostile-{unique}"}"""),
        ParkRead("activity-data", "/api/v1/parks/{park}/instruments"),
        ParkRead("activity-data", "/api/v1/parks/{park}/instruments/export.csv"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/instruments/{instrument}/allocations", """{"year":2024,"quantity":1}"""),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/instruments/{instrument}/retirement", """{"evidenceId":"{evidence}"}"""),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/instruments/{instrument}/cancellation", """{"reason":"hostile"}"""),
        ParkRead("activity-data", "/api/v1/parks/{park}/emission-sources").Answering(ParkEnterprise, Ok),
        // Devices: an enterprise sees and keeps those of its own sources only; {device} measures another enterprise's source.
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/devices",
            """{"sourceId":"{meteredSource}","meterId":"hostile-{unique}","unit":"MWh","intervalMinutes":15}""")
            .Answering(ParkEnterprise, HttpStatusCode.BadRequest),
        ParkRead("activity-data", "/api/v1/parks/{park}/devices").Answering(ParkEnterprise, Ok),
        ParkWrite("activity-data", "DELETE", "/api/v1/parks/{park}/devices/{device}"),
        ParkRead("activity-data", "/api/v1/parks/{park}/devices/{device}/flags"),
        ParkRead("activity-data", "/api/v1/parks/{park}/devices/{device}/refused"),
        ParkWrite("activity-data", "POST", "/api/v1/parks/{park}/devices/months", """{"year":2024,"month":1}""").Answering(ParkEnterprise, Ok),
        ParkRead("activity-data", "/api/v1/parks/{park}/data-quality?year=2024").Answering(ParkEnterprise, Ok),
        // A device signs in with its own credential (Basic): a bearer token of anyone, tenant A's included, is not one.
        Read("activity-data", "/api/v1/devices/{device}/readings", "POST", """{"time":"2024-01-01T00:00:00+08:00","value":1}""")
            .Answering([.. Callers.InsideOrOut, Viewer], HttpStatusCode.Unauthorized),

        // emission-factors: reference data for every caller; publication for the platform administrator
        Read("emission-factors", "/api/v1/factor-releases"),
        Read("emission-factors", "/api/v1/factor-releases/{release}"),
        Write("emission-factors", "POST", "/api/v1/factor-releases", """{"name":"hostile-{unique}","basedOn":"cn-2025.1","makeDefault":true,"factors":[]}""")
            .Answering(Callers.Outsiders, Forbidden),
        // Moving the default recomputes every park's inventory: the platform administrator's decision alone.
        Write("emission-factors", "POST", "/api/v1/factor-releases/{release}/default").Answering(Callers.Outsiders, Forbidden),
        Read("emission-factors", "/api/v1/factors?category=fuel&fuel=natural-gas"),
        Read("emission-factors", "/api/v1/factors/electricity/resolve?year={year}&regionCode=320571"),

        // accounting: a stateless calculation; the park's inventories
        Read("accounting", "/api/v1/calculations", "POST", Calculation),
        ParkRead("accounting", "/api/v1/parks/{park}/inventories/{year}?method=cers-2025"),
        ParkRead("accounting", "/api/v1/parks/{park}/inventories/{year}/versions"),
        ParkRead("accounting", "/api/v1/parks/{park}/inventories/{year}/export"),
        ParkRead("accounting", "/api/v1/parks/{park}/inventories/{year}/lines/{line}"),
        ParkRead("accounting", "/api/v1/parks/{park}/inventories/{year}/lines?method=cers-2025"),
        ParkRead("accounting", "/api/v1/parks/{park}/inventories/{year}/summary?method=cers-2025"),
        // The park's totals: the matrix's enterprise holds no grant (a granted one reads them: EnterpriseGrantTests).
        ParkRead("accounting", "/api/v1/parks/{park}/inventories/{year}/totals?method=cers-2025"),
        // Reconciling every park's inventories with the ledger: the platform administrator's operation alone.
        Write("accounting", "POST", "/api/v1/operations/reconciliation").Answering(Callers.Outsiders, Forbidden),
        // Dead letters: the gateway gathers every service's list; a replay goes to the service that keeps it. Administrators only.
        Read("accounting", "/api/v1/operations/dead-letters").Answering(Callers.Outsiders, Forbidden),
        Write("accounting", "POST", "/api/v1/operations/dead-letters/{deadLetterService}/{park}/replay").Answering(Callers.Outsiders, Forbidden),

        // evaluation: schemes, previews, stored evaluations, the overview
        Read("evaluation", "/api/v1/schemes"),
        Read("evaluation", "/api/v1/schemes/{scheme}"),
        // The shipped scheme belongs to the platform: not even an authority republishes it.
        Write("evaluation", "POST", "/api/v1/schemes", "{schemeDefinition}").Answering(Callers.Outsiders, Forbidden),
        Read("evaluation", "/api/v1/evaluation-previews", "POST", $$"""{"scheme":"cers-2025-provisional","inventory":{{Calculation}},"management":{{Management}}}"""),
        Read("evaluation", "/api/v1/pathway-previews", "POST", $$"""{"scheme":"cers-2025-provisional","target":{"grade":"A","year":2025},"baseline":{{Calculation}},"management":{{Management}},"measures":[{"id":"m1","kind":"offset","startYear":2024,"quantity":5}]}"""),
        Read("evaluation", "/api/v1/pathway-optimisations", "POST", $$"""{"scheme":"cers-2025-provisional","target":{"grade":"A","year":2025},"baseline":{{Calculation}},"management":{{Management}},"measures":[{"id":"m1","kind":"offset","startYear":2024,"quantity":5}]}"""),
        ParkWrite("evaluation", "PUT", "/api/v1/parks/{park}/pathway-target", """{"scheme":"cers-2025-provisional","grade":"A","year":2026,"baselineYear":2024}"""),
        ParkRead("evaluation", "/api/v1/parks/{park}/pathway-target"),
        ParkWrite("evaluation", "POST", "/api/v1/parks/{park}/pathway-scenarios", """{"name":"hostile {unique}","measures":[{"id":"m1","kind":"offset","startYear":2025,"quantity":1}]}"""),
        ParkRead("evaluation", "/api/v1/parks/{park}/pathway-scenarios"),
        ParkRead("evaluation", "/api/v1/parks/{park}/pathway-scenarios/{scenario}"),
        ParkRead("evaluation", "/api/v1/parks/{park}/pathway-comparison"),
        ParkWrite("evaluation", "POST", "/api/v1/parks/{park}/evaluations", $$"""{"year":2024,"scheme":"cers-2025-provisional","management":{{Management}}}"""),
        ParkRead("evaluation", "/api/v1/parks/{park}/evaluations/{evaluation}"),
        ParkRead("evaluation", "/api/v1/parks/{park}/evaluations"),
        ParkWrite("evaluation", "POST", "/api/v1/parks/{park}/evaluations/{evaluation}/re-evaluations", "{}"),
        Read("evaluation", "/api/v1/park-results").Answering(Callers.Outsiders, Ok),
        Read("evaluation", "/api/v1/park-results/distribution").Answering(Callers.Outsiders, Ok),
        // The region's parks' projected grades by year: a list, so outsiders get 200 without tenant A's park.
        Read("evaluation", "/api/v1/park-results/pathways").Answering(Callers.Outsiders, Ok),
        // Rebuilding the overview's read model: the platform administrator's operation alone.
        Write("evaluation", "POST", "/api/v1/park-results/rebuilds").Answering(Callers.Outsiders, Forbidden),
        // Reconciling every evaluation with accounting's latest inventories: the platform administrator's operation alone.
        Write("evaluation", "POST", "/api/v1/operations/evaluation-reconciliation").Answering(Callers.Outsiders, Forbidden),

        // certification: applications, certificates, reports, webhooks
        Write("certification", "POST", "/api/v1/certification-applications",
            """{"parkId":"{park}","evaluationId":"{evaluation}","certificationBodyId":"{bodyA}"}""").Answering(Callers.Outsiders, NotFound),
        Read("certification", "/api/v1/certification-applications").Answering(Callers.Outsiders, Ok),
        Read("certification", "/api/v1/certification-applications/{application}").Answering(Callers.Outsiders, NotFound),
        Write("certification", "POST", "/api/v1/certification-applications/{application}/decisions", """{"decision":"reject","comment":"hostile"}""")
            .Answering(Callers.Outsiders, NotFound),
        Write("certification", "POST", "/api/v1/certification-applications/{application}/resubmissions", """{"comment":"hostile"}""")
            .Answering(Callers.Outsiders, NotFound),
        // Only the issuing body changes a certificate; its number is public, so refusal is 403, not 404.
        Write("certification", "POST", "/api/v1/certificates/{certificate}/status-changes", """{"action":"suspend","reason":"hostile"}""")
            .Answering(Callers.Outsiders, Forbidden),
        // Only the issuing body reopens a certified year: not the park's viewer, not an outsider (issue 24, item 1).
        Write("certification", "POST", "/api/v1/certificates/{certificate}/reopening", """{"reason":"hostile"}""")
            .Answering(Callers.Outsiders, Forbidden),
        Read("certification", "/api/v1/evaluation-reports/{evaluation}").Answering(Callers.Outsiders, NotFound),
        Write("certification", "POST", "/api/v1/webhook-subscriptions", """{"url":"http://127.0.0.1:9/hostile","events":["*"]}""")
            .Answering([OtherTenantOperator, OtherRegionAuthority], Forbidden),
        Read("certification", "/api/v1/webhook-subscriptions")
            .Answering([OtherTenantOperator, OtherRegionAuthority, Viewer], Forbidden).Answering(UnassignedCertificationBody, Ok),
        Read("certification", "/api/v1/webhook-subscriptions/{subscription}")
            .Answering([OtherTenantOperator, OtherRegionAuthority, Viewer], Forbidden).Answering(UnassignedCertificationBody, NotFound),
        Write("certification", "DELETE", "/api/v1/webhook-subscriptions/{subscription}")
            .Answering([OtherTenantOperator, OtherRegionAuthority], Forbidden).Answering(UnassignedCertificationBody, NotFound),
        Read("certification", "/api/v1/webhook-deliveries")
            .Answering([OtherTenantOperator, OtherRegionAuthority, Viewer], Forbidden).Answering(UnassignedCertificationBody, Ok),

        // Public: anyone verifies a certificate, reads the register and the certificate document, gets a token and the keys.
        Public("certification", "/api/v1/certificates?regionCode=320000"),
        Public("certification", "/api/v1/certificates/{certificate}"),
        Public("certification", "/api/v1/certificates/{certificate}/document"),
        Public("identity", "/connect/token", "POST", "grant_type=client_credentials&client_id={viewerClientId}&client_secret={viewerClientSecret}", BodyKind.Form),
        Public("identity", "/.well-known/openid-configuration"),
        Public("identity", "/.well-known/jwks"),
        Public("gateway", "/openapi/v1.json"),
    ];

    /// <summary>Reads anyone with a trusted token may make (reference data, a caller's own lists).</summary>
    private static Endpoint Read(string service, string path, string method = "GET", string? body = null) =>
        new(service, method, path, body is null ? BodyKind.None : BodyKind.Json, body);

    /// <summary>A change that tenant A's viewer must not make.</summary>
    private static Endpoint Write(string service, string method, string path, string? body = null, BodyKind kind = BodyKind.Json) =>
        new Endpoint(service, method, path, body is null ? BodyKind.None : kind, body).Answering(Viewer, Forbidden);

    /// <summary>A read of tenant A's park: whoever may not see the park gets 404, as if it did not exist.</summary>
    private static Endpoint ParkRead(string service, string path) => Read(service, path).Answering(Callers.InsideOrOut, NotFound);

    /// <summary>A change to tenant A's park: 404 for whoever may not see it, 403 for the viewer who may read but not change it.</summary>
    private static Endpoint ParkWrite(string service, string method, string path, string? body = null, BodyKind kind = BodyKind.Json) =>
        Write(service, method, path, body, kind).Answering(Callers.InsideOrOut, NotFound);

    private static Endpoint Public(string service, string path, string method = "GET", string? body = null, BodyKind kind = BodyKind.Json) =>
        new(service, method, path, body is null ? BodyKind.None : kind, body) { IsPublic = true };
}
