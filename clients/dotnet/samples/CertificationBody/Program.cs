// A certification body's system, through the CarbonPlatform .NET client:
//   certification-body queue                                    the applications assigned to this body and still open
//   certification-body export <applicationId> [folder]          the lineage export (CSV) of the application's inventory
//   certification-body decide <applicationId> <decision> "<comment>"
//                                                               start-review, request-information, approve or reject
using CarbonPlatform.Client.Models;
using CarbonPlatform.Client.Problems;
using CarbonPlatform.Samples;
using CarbonPlatform.Samples.CertificationBody;

using var carbon = Connection.FromEnvironment();
var review = new Review(carbon);
try
{
    switch (args)
    {
        case ["queue"]:
            await review.QueueAsync(Console.Out);
            return 0;
        case ["export", var id, .. var folder]:
            Console.WriteLine(await review.ExportLineageAsync(Guid.Parse(id), folder.FirstOrDefault() ?? "."));
            return 0;
        case ["decide", var id, var decision, var comment]:
            Console.WriteLine(await review.DecideAsync(Guid.Parse(id), Review.Decision(decision), comment));
            return 0;
        default:
            Console.Error.WriteLine("usage: certification-body queue | export <applicationId> [folder] | decide <applicationId> <decision> \"<comment>\"");
            return 2;
    }
}
catch (Problem problem)
{
    // Every 4xx: problem details with errors[] (line, field, code, message).
    Console.Error.WriteLine(problem.Describe());
    return 1;
}
