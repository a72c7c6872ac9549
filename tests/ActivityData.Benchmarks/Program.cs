using CarbonPlatform.ActivityData.Benchmarks;

// Run against ./carbon up (local-admin exists only there):
//   dotnet run -c Release --project tests/ActivityData.Benchmarks -- --url http://localhost:8080 --rows 1000000 --meters 10
string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var rows = int.Parse(Value("--rows", "1000000"), System.Globalization.CultureInfo.InvariantCulture);
var meters = int.Parse(Value("--meters", "10"), System.Globalization.CultureInfo.InvariantCulture);
var url = Value("--url", "http://localhost:8080");

var platform = await Platform.ConnectAsync(url);
var (parkId, sources) = await platform.MeteredParkAsync(meters);
var file = ReadingsFile.Write(sources, rows, year: 2025);
Console.WriteLine($"{rows:N0} readings of {meters} meters for 2025: {new FileInfo(file).Length / 1024.0 / 1024:N1} MiB CSV");

var import = await ImportRun.RunAsync(platform, parkId, file, rows);
var rawInsert = RawInsert.Run(sources, rows, year: 2025);
Console.WriteLine($"upload → committed:            {import.Committed.TotalSeconds,7:N2} s  {rows / import.Committed.TotalSeconds,12:N0} rows/s");
Console.WriteLine($"upload → inventory current:    {import.InventoryCurrent.TotalSeconds,7:N2} s  {rows / import.InventoryCurrent.TotalSeconds,12:N0} rows/s");
Console.WriteLine($"raw SQLite bulk insert:        {rawInsert.TotalSeconds,7:N2} s  {rows / rawInsert.TotalSeconds,12:N0} rows/s");
Console.WriteLine($"end to end / raw insert rate:  {rawInsert.TotalSeconds / import.InventoryCurrent.TotalSeconds,7:N2}");
Console.WriteLine($"activity-data peak RSS during the import: {import.PeakRssMiB:N0} MiB" + (import.PeakRssMiB is null ? " (process not found)" : ""));
File.Delete(file);
