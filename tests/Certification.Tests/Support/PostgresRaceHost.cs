namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>
/// The race host on a fresh PostgreSQL database: read committed, as deployed. SQLite lets one writer in at a time and
/// fails a transaction whose snapshot went stale, which hides a missing concurrency token; PostgreSQL does not.
/// </summary>
public sealed class PostgresRaceHost() : RaceHost(new Dictionary<string, string>
{
    ["Database:Provider"] = "Postgres",
    ["ConnectionStrings:certification"] = $"{Server};Database=race_{Guid.NewGuid():N}",
})
{
    private static string Server => Environment.GetEnvironmentVariable("CARBON_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CARBON_TEST_POSTGRES is not set: run the suite with ./carbon test, which starts PostgreSQL.");
}
