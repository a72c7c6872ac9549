namespace CarbonPlatform.Portal.Localization;

/// <summary>A park-year's certification as the overview reports it (none, pending, certified, reopened, suspended, revoked), in words.</summary>
public static class CertificationText
{
    public static string Of(PortalText l, string status) => status switch
    {
        "pending" => l["认证中", "pending"],
        "certified" => l["已认证", "certified"],
        "reopened" => l["已重新开放", "reopened"],
        "suspended" => l["证书暂停", "suspended"],
        "revoked" => l["证书撤销", "revoked"],
        _ => l["未申请", "none"],
    };
}
