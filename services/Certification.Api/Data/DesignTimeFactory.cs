using CarbonPlatform.ServiceDefaults.Persistence;

namespace CarbonPlatform.Certification.Data;

public sealed class DesignTimeFactory : DesignTimeDbFactory<CertificationDb>;
