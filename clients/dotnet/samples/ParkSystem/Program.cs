// A park system, through the CarbonPlatform .NET client:
//   park-system batch <parkId> <year> <MWh>          posts a month's purchased electricity as one batch (Idempotency-Key)
//   park-system import <parkId> <year> <file.csv>     checks the file (dry run), then records it (Idempotency-Key)
//   park-system inventory <parkId> <year>             the current inventory: status, totals, the factor release used
using System.Globalization;
using CarbonPlatform.Client.Models;
using CarbonPlatform.Client.Problems;
using CarbonPlatform.Samples;
using CarbonPlatform.Samples.ParkSystem;

using var carbon = Connection.FromEnvironment();
var park = new ParkData(carbon);
try
{
    switch (args)
    {
        case ["batch", var parkId, var year, var megawattHours]:
            Console.WriteLine(await park.PostElectricityAsync(Guid.Parse(parkId), int.Parse(year, CultureInfo.InvariantCulture),
                double.Parse(megawattHours, CultureInfo.InvariantCulture)));
            return 0;
        case ["import", var parkId, var year, var file]:
            return await park.ImportAsync(Guid.Parse(parkId), int.Parse(year, CultureInfo.InvariantCulture), file, Console.Out) ? 0 : 1;
        case ["inventory", var parkId, var year]:
            await park.ShowInventoryAsync(Guid.Parse(parkId), int.Parse(year, CultureInfo.InvariantCulture), Console.Out);
            return 0;
        default:
            Console.Error.WriteLine("usage: park-system batch <parkId> <year> <MWh> | import <parkId> <year> <file.csv> | inventory <parkId> <year>");
            return 2;
    }
}
catch (Problem problem)
{
    // Every 4xx: problem details with errors[] (line, field, code, message); a refused batch recorded nothing.
    Console.Error.WriteLine(problem.Describe());
    return 1;
}
