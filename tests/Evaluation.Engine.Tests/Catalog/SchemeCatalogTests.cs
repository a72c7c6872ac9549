using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;

namespace CarbonPlatform.Evaluation.Engine.Tests.Catalog;

public class SchemeCatalogTests
{
    public static TheoryData<string, string, SchemeStatus, ResultKind> ShippedSchemes => new()
    {
        { "cers-2025-provisional", "cers-2025", SchemeStatus.Provisional, ResultKind.Grades },
        { "ndrc-910-2025", "ndrc-910-2025", SchemeStatus.Official, ResultKind.PassFail },
        { "hunan-2027", "ndrc-910-2025", SchemeStatus.SecondarySource, ResultKind.PassFail },
        { "hunan-2030", "ndrc-910-2025", SchemeStatus.SecondarySource, ResultKind.PassFail },
        { "hunan-2035", "ndrc-910-2025", SchemeStatus.SecondarySource, ResultKind.PassFail },
    };

    [Fact]
    public void Catalog_ships_exactly_the_five_schemes_of_evaluation_md()
    {
        var ids = SchemeCatalog.BuiltIn.Latest.Select(s => s.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["cers-2025-provisional", "hunan-2027", "hunan-2030", "hunan-2035", "ndrc-910-2025"], ids);
    }

    [Theory]
    [MemberData(nameof(ShippedSchemes))]
    public void Every_shipped_scheme_loads_validates_and_names_its_method_status_and_source(
        string id, string method, SchemeStatus status, ResultKind result)
    {
        var scheme = SchemeCatalog.BuiltIn.Get(id);

        Assert.Empty(SchemeDefinitionValidator.Validate(scheme));
        Assert.Equal(1, scheme.Version);
        Assert.Equal(method, scheme.Method);
        Assert.Equal(status, scheme.Status);
        Assert.Equal(result, scheme.Result);
        Assert.False(string.IsNullOrWhiteSpace(scheme.Source));
        Assert.Equal(3, scheme.CertificateValidityYears);
    }

    [Fact]
    public void Unknown_scheme_is_not_found()
    {
        Assert.Null(SchemeCatalog.BuiltIn.Find("cers-2099"));
        Assert.Throws<KeyNotFoundException>(() => SchemeCatalog.BuiltIn.Get("cers-2099"));
    }

    [Fact]
    public void Publishing_a_new_version_makes_it_the_latest_and_keeps_the_old_one()
    {
        var v1 = SchemeCatalog.BuiltIn.Get("cers-2025-provisional");
        var v2 = v1 with { Version = 2, Status = SchemeStatus.Official, Source = "published text" };

        var publication = SchemeCatalog.BuiltIn.Publish(v2);

        Assert.True(publication.Accepted);
        Assert.Equal(2, publication.Catalog.Get("cers-2025-provisional").Version);
        Assert.Equal(SchemeStatus.Provisional, publication.Catalog.Get("cers-2025-provisional", 1).Status);
        Assert.Equal(1, SchemeCatalog.BuiltIn.Get("cers-2025-provisional").Version);
    }

    [Fact]
    public void Publishing_an_existing_version_is_refused()
    {
        var publication = SchemeCatalog.BuiltIn.Publish(SchemeCatalog.BuiltIn.Get("hunan-2030"));

        Assert.False(publication.Accepted);
        Assert.Contains(publication.Errors, e => e.Field == "version" && e.Code == "version-exists");
    }

    [Fact]
    public void Publishing_an_invalid_definition_is_refused_with_its_errors()
    {
        var broken = SchemeCatalog.BuiltIn.Get("hunan-2030") with { Version = 2, Method = null };

        var publication = SchemeCatalog.BuiltIn.Publish(broken);

        Assert.False(publication.Accepted);
        Assert.Contains(publication.Errors, e => e.Field == "method" && e.Code == "missing");
        Assert.Null(publication.Catalog.Find("hunan-2030", 2));
    }
}
