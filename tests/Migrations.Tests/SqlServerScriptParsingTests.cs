extern alias activity;
using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Xunit;
using ReadingSink = activity::CarbonPlatform.ActivityData.MeterReadings.ReadingSink;

namespace CarbonPlatform.Migrations.Tests;

/// <summary>
/// SQL Server cannot run here, so every script it would be given is at least parsed by its own T-SQL parser
/// (ScriptDom): each service's idempotent migration script and every raw SQL statement a service sends it.
/// </summary>
public sealed class SqlServerScriptParsingTests
{
    public static TheoryData<string> Services() => new(ServiceDatabases.All.Keys);

    [Theory]
    [MemberData(nameof(Services))]
    public void The_idempotent_migration_script_parses_as_T_SQL_without_errors(string service)
    {
        using var db = ServiceDatabases.Create(service, DatabaseProvider.SqlServer);
        var script = ServiceDatabases.Script(db);
        var (fragment, errors) = Parse(script);
        Assert.True(errors.Count == 0, $"{service}: {Describe(errors)}");
        Assert.NotEmpty(((TSqlScript)fragment).Batches);
    }

    [Fact]
    public void The_meter_reading_insert_parses_as_T_SQL_without_errors()
    {
        var (_, errors) = Parse(ReadingSink.InsertSql("[MeterReadings]"));
        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Fact]
    public void A_broken_statement_is_reported_by_the_parser()
    {
        // The parser is not lenient: the checks above would see a script SQL Server refuses.
        var (_, errors) = Parse("CREATE TABLE [Broken] ([Id] int NOT NULL,, PRIMARY KEY ([Id]));");
        Assert.NotEmpty(errors);
    }

    private static (TSqlFragment Fragment, IList<ParseError> Errors) Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        return (fragment, errors);
    }

    private static string Describe(IEnumerable<ParseError> errors) =>
        string.Join("; ", errors.Take(5).Select(e => $"line {e.Line}, column {e.Column}: {e.Message}"));
}
