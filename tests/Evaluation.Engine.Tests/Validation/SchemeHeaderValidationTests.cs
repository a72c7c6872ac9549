using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;
using static CarbonPlatform.Evaluation.Engine.Tests.Support.Definitions;

namespace CarbonPlatform.Evaluation.Engine.Tests.Validation;

/// <summary>The header of a definition: id, version, method, status, source. Each error names the field.</summary>
public class SchemeHeaderValidationTests
{
    [Fact]
    public void Missing_method_is_refused()
    {
        AssertSingleError(NationalScheme with { Method = null }, "method", "missing");
    }


    [Fact]
    public void Unknown_method_is_refused()
    {
        AssertSingleError(NationalScheme with { Method = "ghg-protocol" }, "method", "unknown-method");
    }


    [Fact]
    public void Missing_status_is_refused()
    {
        AssertSingleError(CersScheme with { Status = null }, "status", "missing");
    }


    [Fact]
    public void Missing_source_is_refused()
    {
        AssertSingleError(CersScheme with { Source = " " }, "source", "missing");
    }


    [Fact]
    public void Invalid_id_version_and_validity_are_refused()
    {
        var errors = SchemeDefinitionValidator.Validate(NationalScheme with { Id = "NDRC 910", Version = 0, CertificateValidityYears = 0 });

        Assert.Equal(["id", "version", "certificateValidityYears"], errors.Select(e => e.Field));
    }
}
