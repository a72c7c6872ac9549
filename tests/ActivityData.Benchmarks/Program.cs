using CarbonPlatform.ActivityData.Benchmarks;

// SQLite, against ./carbon up (local-admin exists only there):
//   dotnet run -c Release --project tests/ActivityData.Benchmarks -- --url http://localhost:8080 --rows 1000000 --meters 10
// PostgreSQL (binary COPY): starts a platform of its own on that server (built with -c Release) and compares with a raw COPY:
//   dotnet run -c Release --project tests/ActivityData.Benchmarks -- --postgres "Host=127.0.0.1;Port=5433;Username=postgres" \
//     --rabbitmq amqp://user:pass@127.0.0.1:5672/ --rows 1000000
string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var rows = int.Parse(Value("--rows", "1000000"), System.Globalization.CultureInfo.InvariantCulture);
var meters = int.Parse(Value("--meters", "10"), System.Globalization.CultureInfo.InvariantCulture);
var postgres = Value("--postgres", "");

await using var own = postgres.Length == 0 ? null
    : await PostgresPlatform.StartAsync(postgres, Value("--rabbitmq", Environment.GetEnvironmentVariable("CARBON_RABBITMQ_URL") ?? "amqp://guest:guest@127.0.0.1:5672/"));
var platform = await Platform.ConnectAsync(own?.GatewayUrl ?? Value("--url", "http://localhost:8080"));
var (parkId, sources) = await platform.MeteredParkAsync(meters);
var file = ReadingsFile.Write(sources, rows, year: 2025);
Console.WriteLine($"{rows:N0} readings of {meters} meters for 2025: {new FileInfo(file).Length / 1024.0 / 1024:N1} MiB CSV, on {(own is null ? "SQLite" : "PostgreSQL")}");

var import = await ImportRun.RunAsync(platform, parkId, file, rows);
var (floor, floorName) = own is null ? (RawInsert.Run(sources, rows, year: 2025), "raw SQLite bulk insert") : (await RawCopy.RunAsync(postgres, sources, rows, year: 2025), "raw binary COPY");
Console.WriteLine($"upload → committed:            {import.Committed.TotalSeconds,7:N2} s  {rows / import.Committed.TotalSeconds,12:N0} rows/s");
Console.WriteLine($"upload → inventory current:    {import.InventoryCurrent.TotalSeconds,7:N2} s  {rows / import.InventoryCurrent.TotalSeconds,12:N0} rows/s");
Console.WriteLine($"{floorName + ":",-31}{floor.TotalSeconds,7:N2} s  {rows / floor.TotalSeconds,12:N0} rows/s");
Console.WriteLine($"committed / raw rate:          {floor.TotalSeconds / import.Committed.TotalSeconds,7:N2}");
Console.WriteLine($"end to end / raw rate:         {floor.TotalSeconds / import.InventoryCurrent.TotalSeconds,7:N2}");
Console.WriteLine($"activity-data peak RSS during the import: {import.PeakRssMiB:N0} MiB" + (import.PeakRssMiB is null ? " (process not found)" : ""));
File.Delete(file);
