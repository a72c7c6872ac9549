namespace CarbonPlatform.Domain;

/// <summary>The two accounting methods (口径). They never share factors.</summary>
public static class Methods
{
    public const string Cers2025 = "cers-2025";
    public const string Ndrc910 = "ndrc-910-2025";
}
