extern alias evaluation;
extern alias certification;
extern alias activity;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.Scale.Simulation;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Paging;
using certification::CarbonPlatform.Certification.Certificates;
using certification::CarbonPlatform.Certification.Data;
using evaluation::CarbonPlatform.Evaluation.Data;
using evaluation::CarbonPlatform.Evaluation.Overview;
using evaluation::CarbonPlatform.Evaluation.Evaluations;
using CarbonPlatform.BuildingBlocks.CertificationHolds;
using activity::CarbonPlatform.ActivityData.Data;
using activity::CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Testing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// dotnet run -c Release --project tests/Scale.Simulation -- [--zones 2700] [--years 5] [--large 300] [--enterprises 8] [--runs 60] [--ci]
var options = Args.Read(args);
var folder = Directory.CreateTempSubdirectory("carbon-scale-");
var evaluationFile = Path.Combine(folder.FullName, "evaluation.db");
var certificationFile = Path.Combine(folder.FullName, "certification.db");
var activityFile = Path.Combine(folder.FullName, "activity.db");
EvaluationDb Evaluation() => new(new DbContextOptionsBuilder<EvaluationDb>().UseSqlite($"Data Source={evaluationFile}").Options);
CertificationDb Certification() => new(new DbContextOptionsBuilder<CertificationDb>().UseSqlite($"Data Source={certificationFile}").Options);
ActivityDb Activity() => new(new DbContextOptionsBuilder<ActivityDb>().UseSqlite($"Data Source={activityFile}").Options);
await using (var db = Evaluation()) { await db.Database.EnsureCreatedAsync(); await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL"); }
await using (var db = Certification()) { await db.Database.EnsureCreatedAsync(); await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL"); }
await using (var db = Activity()) { await db.Database.EnsureCreatedAsync(); await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL"); }

Console.WriteLine($"zones {options.Zones}, years {options.Years}, large province {options.Large}, enterprises {options.Enterprises} per park, runs {options.Runs}; files in {folder.FullName}");
var zones = Country.Zones(options.Zones, options.Large).ToList();
var firstYear = 2025 - options.Years + 1;
var grades = new[] { "AAA", "AA", "A", "B", "C", null };
var random = new Random(18);
var release = ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName,
    file => new StreamReader(Path.Combine(SharedFolder.Locate("reference-data", ReferenceDataReader.FuelsFile), file)));
var activity = new ParkActivity(release, options.Enterprises, random);

// Adding a park: its enterprises and their monthly lines recorded in the ledger, then its years' evaluations stored and each
// applied to the read model, as the recorder does after storing one. Milliseconds of each part.
async Task<(double Activity, double Evaluations)> AddParkAsync(Zone zone)
{
    var clock = Stopwatch.StartNew();
    await using (var activityDb = Activity()) await activity.AddAsync(activityDb, zone, Enumerable.Range(firstYear, options.Years));
    var recorded = clock.Elapsed.TotalMilliseconds;
    await using var db = Evaluation();
    var evaluations = Enumerable.Range(firstYear, options.Years).Select(year => Evaluated(zone, year)).ToList();
    db.Evaluations.AddRange(evaluations);
    await db.SaveChangesAsync();
    foreach (var e in evaluations) await ParkResultProjection.ApplyAsync(db, e.Id, default);
    return (recorded, clock.Elapsed.TotalMilliseconds - recorded);
}

StoredEvaluation Evaluated(Zone zone, int year)
{
    var grade = grades[random.Next(grades.Length)];
    var emissions = 50_000 + random.NextDouble() * 2_000_000;
    return new StoredEvaluation
    {
        Id = Guid.NewGuid(), ParkId = zone.ParkId, OperatorOrganizationId = zone.OperatorId, ParkName = zone.Name, ParkRegionCode = zone.RegionCode,
        Year = year, Scheme = "cers-2025-provisional", SchemeVersion = 1, SchemeStatus = "provisional", Method = "cers-2025", InventoryVersion = 1,
        FactorRelease = "cn-2025.1", Grade = grade, Passed = grade is not null, ManagementScore = random.Next(60, 100),
        Ratio12 = random.NextDouble(), Ratio123 = random.NextDouble(), Intensity = random.NextDouble() * 3, Emissions = emissions,
        Neutralisation = emissions * random.NextDouble(), CertificateValidityYears = 3,
        // A stored evaluation keeps its result and inputs as JSON: about the size a real one has, so the database grows as it would.
        ResultJson = new string('r', 6_000), InputsJson = new string('i', 1_500), CreatedBy = "simulation", CreatedAt = DateTime.UtcNow,
    };
}

var addCost = new List<AddCost>();
// The median of a sample of parks: a WAL checkpoint or a collection lands on one park of the sample, not on the curve.
var sample = options.Ci ? 5 : 30;
// The cost of adding a park with 10, 100 and 1,000 parks there, and with all but the last few there (2,690 of 2,700).
var marks = new[] { 10, 100, 1_000 }.Where(m => m + sample < zones.Count).Append(zones.Count - sample).ToHashSet();
var seeded = 0;
var clock = Stopwatch.StartNew();
while (seeded < zones.Count)
{
    if (!marks.Contains(seeded))
    {
        await AddParkAsync(zones[seeded++]);
        continue;
    }
    var next = zones.Skip(seeded).Take(sample).ToList();
    var costs = new List<(double Activity, double Evaluations)>();
    foreach (var z in next) costs.Add(await AddParkAsync(z));
    addCost.Add(AddCost.Of(seeded, costs));
    seeded += next.Count;
}
Console.WriteLine($"seeded {seeded} parks × {options.Years} years ({activity.LinesPerYear} monthly lines a year each) in {clock.Elapsed.TotalSeconds:0.0} s");

await using (var db = Certification())
{
    // A certificate for every third park's latest year.
    db.Certificates.AddRange(zones.Where((_, i) => i % 3 == 0).Select((z, i) => new Certificate
    {
        Number = $"CNCP-2025-{i + 1:000000}", ApplicationId = Guid.NewGuid(), EvaluationId = Guid.NewGuid(), CertificationBodyId = Guid.NewGuid(),
        ParkId = z.ParkId, ParkName = z.Name, ParkRegionCode = z.RegionCode, Grade = "A", Passed = true, Scheme = "cers-2025-provisional",
        SchemeVersion = 1, SchemeStatus = "provisional", FactorRelease = "cn-2025.1", InventoryVersion = 1, Year = 2025,
        ValidFrom = new DateOnly(2026, 3, 1), ValidTo = new DateOnly(2029, 2, 28), IssuedAt = DateTime.UtcNow,
    }));
    await db.SaveChangesAsync();
}

// The same third of the parks as certified in the overview: an application's facts (applied, certified) recorded as the
// certification events record them, and the park-year's rows refreshed from them.
clock.Restart();
foreach (var zone in zones.Where((_, i) => i % 3 == 0))
{
    await using var db = Evaluation();
    var application = Guid.NewGuid();
    db.Set<HoldFact>().AddRange(new[] { HoldFacts.Applied, HoldFacts.Certified }.Select(fact => new HoldFact
    {
        ApplicationId = application, Fact = fact, ParkId = zone.ParkId, Year = 2025, EvaluationId = Guid.NewGuid(), RecordedAt = DateTime.UtcNow,
    }));
    await db.SaveChangesAsync();
    await ParkResultCertification.RefreshAsync(db, zone.ParkId, 2025, default);
}
Console.WriteLine($"certified {zones.Count / 3 + (zones.Count % 3 > 0 ? 1 : 0)} park-years in the overview in {clock.Elapsed.TotalSeconds:0.0} s");

Caller Authority(string region) => new("authority", Guid.NewGuid(), OrganizationKinds.RegionalAuthority, region,
    new HashSet<string> { PlatformRoles.AuthorityViewer });
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

async Task<string> OverviewPageAsync(string region, int pageNumber, string? certification = null)
{
    await using var db = Evaluation();
    var filter = new ParkResultFilter(2025, null, null, null, null, null, null, certification);
    PageRequest<ParkResultKey>.TryRead(100, null, out var page, out _);
    Page<ParkResult> answer = await ParkResultsEndpoint.ReadPageAsync(db, Authority(region), filter, page, "grade", true, default);
    for (var i = 1; i < pageNumber && answer.NextCursor is { } cursor; i++)
    {
        PageRequest<ParkResultKey>.TryRead(100, cursor, out page, out _);
        answer = await ParkResultsEndpoint.ReadPageAsync(db, Authority(region), filter, page, "grade", true, default);
    }
    return $"{JsonSerializer.SerializeToUtf8Bytes(answer, json).Length / 1024.0:0.0} KiB, {answer.Items.Count} rows";
}

async Task<string> DistributionAsync(string region)
{
    await using var db = Evaluation();
    var d = await DistributionEndpoint.OfAsync(db.ParkResults.AsNoTracking().VisibleTo(Authority(region))
        .Filtered(new ParkResultFilter(2025, null, null, null, null, null, null)), region, default);
    return $"{d.Total.Parks} parks, {d.Children.Count} child regions";
}

async Task<string> RegisterPageAsync(string? region)
{
    await using var db = Certification();
    var result = (Ok<Page<PublicCertificate>>)await PublicRegister.Handle(region, "valid", null, 100, null, db, TimeProvider.System, default);
    return $"{JsonSerializer.SerializeToUtf8Bytes(result.Value, json).Length / 1024.0:0.0} KiB, {result.Value!.Items.Count} certificates";
}

var timings = new List<Timing>
{
    await Timings.MeasureAsync("national overview, first page (100, year 2025, by grade)", options.Runs, () => OverviewPageAsync(RegionCodes.National, 1)),
    await Timings.MeasureAsync("national overview, following cursors to the 10th page", options.Runs, () => OverviewPageAsync(RegionCodes.National, 10)),
    await Timings.MeasureAsync($"province {Country.LargeProvince} overview, first page", options.Runs, () => OverviewPageAsync(Country.LargeProvince, 1)),
    await Timings.MeasureAsync($"province {Country.LargeProvince} overview, certified parks only, first page", options.Runs,
        () => OverviewPageAsync(Country.LargeProvince, 1, "certified")),
    await Timings.MeasureAsync($"prefecture {Country.LargeProvince[..2]}05 overview, first page", options.Runs, () => OverviewPageAsync(Country.LargeProvince[..2] + "0500", 1)),
    await Timings.MeasureAsync("national distribution (per province)", options.Runs, () => DistributionAsync(RegionCodes.National)),
    await Timings.MeasureAsync($"province {Country.LargeProvince} distribution (per prefecture)", options.Runs, () => DistributionAsync(Country.LargeProvince)),
    await Timings.MeasureAsync("public register, first page (national, valid)", options.Runs, () => RegisterPageAsync(null)),
    await Timings.MeasureAsync($"public register, first page ({Country.LargeProvince})", options.Runs, () => RegisterPageAsync(Country.LargeProvince)),
    await Timings.MeasureAsync($"ledger verification of one park ({options.Years} years), whole chain", options.Runs, () => VerifyAsync(zones[0], full: true)),
    await Timings.MeasureAsync($"ledger verification of the same park, from its checkpoint", options.Runs, () => VerifyAsync(zones[0], full: false)),
};

async Task<string> VerifyAsync(Zone zone, bool full)
{
    await using var db = Activity();
    var report = await ChainWalk.VerifyAsync(db, zone.ParkId, default, full);
    if (!report.Intact) throw new InvalidOperationException($"The simulated chain of {zone.Name} does not verify.");
    return $"{report.EntriesChecked:N0} entries walked, intact";
}

SqliteConnection.ClearAllPools();
await using (var db = Evaluation()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
await using (var db = Activity()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
SqliteConnection.ClearAllPools();
var size = new FileInfo(evaluationFile).Length;
var activitySize = new FileInfo(activityFile).Length;
var parkYears = zones.Count * options.Years;

Console.WriteLine();
Console.WriteLine("| measured | runs | p50 | p95 | answer |");
Console.WriteLine("|---|---:|---:|---:|---|");
foreach (var t in timings) Console.WriteLine($"| {t.What} | {t.Runs} | {t.P50:0.0} ms | {t.P95:0.0} ms | {t.Note} |");
Console.WriteLine();
Console.WriteLine($"| parks already there | parks timed | ms to add one park, median (activity + evaluations) | activity data, median | evaluations, median | mean of the whole |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
foreach (var c in addCost) Console.WriteLine($"| {c.Parks:N0} | {c.Timed} | {c.Median:0.0} | {c.ActivityMedian:0.0} | {c.EvaluationsMedian:0.0} | {c.Mean:0.0} |");
var flat = addCost.Where(c => c.Parks >= 100).Select(c => c.Median).ToList();
if (flat.Count > 1) Console.WriteLine($"from 100 parks on: the median cost stays within {(flat.Max() / flat.Min() - 1) * 100:0}% of its lowest (target ±20 %)");
Console.WriteLine();
Console.WriteLine($"evaluation database: {size / 1048576.0:0.0} MiB for {parkYears:N0} park-years = {size / (double)parkYears / 1024:0.0} KiB per park-year");
Console.WriteLine($"activity-data database: {activitySize / 1048576.0:0.0} MiB for {parkYears:N0} park-years of {activity.LinesPerYear} lines = " +
    $"{activitySize / (double)parkYears / 1024:0.0} KiB per park-year");
folder.Delete(recursive: true);

internal sealed record Args(int Zones, int Years, int Large, int Enterprises, int Runs, bool Ci)
{
    public static Args Read(string[] args)
    {
        var ci = args.Contains("--ci");
        int Get(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length
            ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        return new Args(Get("--zones", ci ? 270 : 2_700), Get("--years", ci ? 2 : 5), Get("--large", ci ? 30 : 300), Get("--enterprises", ci ? 3 : 8),
            Get("--runs", ci ? 10 : 60), ci);
    }
}
