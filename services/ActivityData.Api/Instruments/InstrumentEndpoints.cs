namespace CarbonPlatform.ActivityData.Instruments;

public static class InstrumentEndpoints
{
    public static RouteGroupBuilder MapInstruments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/instruments").WithTags("Environmental instruments");
        group.MapPost("/", RegisterInstrument.Handle).WithName("RegisterInstrument")
            .WithSummary("Registers green certificates, a green power trade or credits held by the park; serials are unique on the whole platform.")
            .WithDescription("The operator's administrator. serials { prefix, first, last } (one serial per MWh or tCO2e) or certificateNumber; "
                + "serials overlapping any registered instrument, of any park, are 409 serials-registered.")
            .WithRequest(new InstrumentRequest("green-certificate", 2025, 1000, new SerialRange("GEC2025-32", 100001, 101000),
                GenerationFrom: "2025-01", GenerationTo: "2025-03"))
            .Answers<InstrumentView>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        group.MapGet("/", ListInstruments.Handle).WithName("ListInstruments").WithSummary("The park's register of instruments with their allocations.")
            .WithDescription("For whoever may read the park; oldest first, in pages (limit, cursor).").Answers<InstrumentList>();
        group.MapGet("/export.csv", ExportInstruments.Csv).WithName("ExportInstrumentsCsv")
            .WithSummary("The register as a CSV download for a certification body: one row per allocation (or per instrument without one).")
            .WithDescription("UTF-8 with a byte-order mark.").Produces(StatusCodes.Status200OK, typeof(string), "text/csv");
        group.MapPost("/{id:guid}/allocations", AllocateInstrument.Handle).WithName("AllocateInstrument")
            .WithSummary("Allocates part of the instrument to a year of the park: { year, quantity }; recorded lines then refer to it by allocationId.")
            .WithDescription("The operator's administrator. More than is left is 409 exceeds-held; a retired or cancelled instrument is 409.")
            .WithRequest(new AllocationRequest(2025, 400)).Answers<AllocationView>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/retirement", CloseInstrument.Retire).WithName("RetireInstrument")
            .WithSummary("Retires (核销) an allocated instrument: { evidenceId } names the park's evidence file of the retirement.")
            .WithDescription("The operator's administrator. Anything but an allocated instrument is 409.")
            .WithRequest(new RetirementRequest(Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"))).Answers<InstrumentView>().Produces(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/cancellation", CloseInstrument.Cancel).WithName("CancelInstrument")
            .WithSummary("Cancels a held instrument (nothing allocated): { reason }.")
            .WithDescription("The operator's administrator. Its serials stay registered: they cannot be registered again.")
            .WithRequest(new CancellationRequest("证书已在绿证平台注销。")).Answers<InstrumentView>().Produces(StatusCodes.Status409Conflict);
        return api;
    }
}
