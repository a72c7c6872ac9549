namespace CarbonPlatform.Certification.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<CertificationDb>;
